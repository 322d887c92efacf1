      * Compiler directives: >>DEFINE, >>IF / >>ELIF / >>ELSE / >>END-IF,
      * >>SET CONSTANT (the first definition wins), level 78 and
      * 01 CONSTANT names used in VALUE, PICTURE and OCCURS, CONSTANT
      * FROM a CDF variable, DISPLAY UPON ENVIRONMENT-NAME / -VALUE.
       >>DEFINE LVL AS 2
       >>DEFINE SPEED AS "FAST"
       >>SET CONSTANT GREETING "Hello"
       >>SET CONSTANT GREETING "Ignored"
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DIRECTIVES-CDF.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       78 TABLE-SIZE VALUE 3.
       01 ITEM-LEN CONSTANT AS 4.
       01 SPEED-NAME CONSTANT FROM SPEED.
       01 GREET     PIC X(8) VALUE GREETING.
       01 TBL.
          05 ENTRY-X PIC X(ITEM-LEN) OCCURS TABLE-SIZE.
       01 ENV-VAL   PIC X(10).
       >>IF LVL > 1
       01 CHOSEN    PIC X(6) VALUE "LEVEL2".
       >>ELSE
       01 CHOSEN    PIC X(6) VALUE "LEVEL1".
       >>END-IF
       PROCEDURE DIVISION.
           DISPLAY GREET "|" GREETING "|" SPEED-NAME "|" CHOSEN
           MOVE ALL "AB" TO TBL
           DISPLAY "[" TBL "] " TABLE-SIZE " " ITEM-LEN
       >>IF SPEED = "SLOW"
           DISPLAY "SLOW"
       >>ELIF SPEED = "FAST"
           DISPLAY "FAST 2"
       >>ELSE
           DISPLAY "OTHER"
       >>END-IF
       >>IF UNDEFINED-NAME IS DEFINED
           DISPLAY "NOT SHOWN"
       >>ELSE
           DISPLAY "UNDEFINED-NAME IS NOT DEFINED"
       >>END-IF
       >>IF LVL IS NOT DEFINED
           DISPLAY "NOT SHOWN"
       >>END-IF
           DISPLAY "IDRS_PROBE_VAR" UPON ENVIRONMENT-NAME
           ACCEPT ENV-VAL FROM ENVIRONMENT-VALUE
           DISPLAY "[" ENV-VAL "]"
           DISPLAY "set here" UPON ENVIRONMENT-VALUE
           ACCEPT ENV-VAL FROM ENVIRONMENT-VALUE
           DISPLAY "[" ENV-VAL "]"
           STOP RUN.
