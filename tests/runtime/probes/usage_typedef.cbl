      * TYPEDEF: USAGE type-name gives an item the type's PICTURE and
      * USAGE, its VALUE, and its EXTERNAL (the
      * item shared by its own name with the other programs of the run).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TYPEMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       77 INT          IS TYPEDEF BINARY-LONG.
       77 MONEY        IS TYPEDEF PIC S9(5)V99 COMP-3 VALUE 1.5.
       77 SHARED-INT   IS TYPEDEF BINARY-LONG EXTERNAL.
       01 NAME-T       IS TYPEDEF PIC X(6) VALUE "nobody".
       77 COUNTER      USAGE INT VALUE 10.
       77 PRICE        USAGE MONEY.
       77 TOTAL        USAGE SHARED-INT.
       01 WHO          USAGE NAME-T.
       PROCEDURE DIVISION.
           ADD 5 TO COUNTER
           DISPLAY COUNTER " " PRICE " " WHO
           DISPLAY FUNCTION LENGTH(COUNTER) " " FUNCTION LENGTH(PRICE)
           MOVE 42 TO TOTAL
           CALL "TYPESUB"
           DISPLAY "total " TOTAL
           STOP RUN.
       END PROGRAM TYPEMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TYPESUB.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       77 SHARED-INT   IS TYPEDEF BINARY-LONG EXTERNAL.
       77 TOTAL        USAGE SHARED-INT.
       PROCEDURE DIVISION.
           DISPLAY "sub " TOTAL
           ADD 1 TO TOTAL
           GOBACK.
       END PROGRAM TYPESUB.
