      * User-defined functions (FUNCTION-ID) named in REPOSITORY and
      * used with or without the word FUNCTION: numeric and
      * alphanumeric RETURNING items, WORKING-STORAGE kept from one use
      * to the next, an argument shared with the caller's item, a
      * function's result passed on as its bytes (cobc passes the
      * RETURNING item's storage: S9(6)V99 read as S9(4)V99), and
      * functions inside COMPUTE, IF and DISPLAY (shown as the
      * RETURNING item is).
       IDENTIFICATION DIVISION.
       FUNCTION-ID. TWICE.
       DATA DIVISION.
       LINKAGE SECTION.
       01 N            PIC S9(4)V99.
       01 R            PIC S9(6)V99.
       PROCEDURE DIVISION USING N RETURNING R.
           COMPUTE R = N * 2
           GOBACK.
       END FUNCTION TWICE.
       IDENTIFICATION DIVISION.
       FUNCTION-ID. COUNTER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CALLS        PIC 9(3) VALUE 0.
       LINKAGE SECTION.
       01 R            PIC 9(3).
       PROCEDURE DIVISION RETURNING R.
           ADD 1 TO CALLS
           MOVE CALLS TO R
           EXIT FUNCTION.
       END FUNCTION COUNTER.
       IDENTIFICATION DIVISION.
       FUNCTION-ID. GREET.
       DATA DIVISION.
       LINKAGE SECTION.
       01 WHO          PIC X(5).
       01 R            PIC X(12).
       PROCEDURE DIVISION USING WHO RETURNING R.
           STRING "hi " WHO "!" DELIMITED BY SIZE INTO R
           MOVE "seen " TO WHO
           GOBACK.
       END FUNCTION GREET.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. UDFMAIN.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       REPOSITORY.
           FUNCTION TWICE
           FUNCTION COUNTER
           FUNCTION GREET.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 AMOUNT       PIC S9(4)V99 VALUE 12.25.
       01 RESULT       PIC S9(6)V99.
       01 NAME-ITEM    PIC X(5) VALUE "ann".
       01 TEXT-OUT     PIC X(12).
       PROCEDURE DIVISION.
           MOVE TWICE (AMOUNT) TO RESULT
           DISPLAY "twice " RESULT
           COMPUTE RESULT = FUNCTION TWICE (AMOUNT) + 1
           DISPLAY "plus one " RESULT
           MOVE TWICE (TWICE (AMOUNT)) TO RESULT
           DISPLAY "four times " RESULT
           DISPLAY "counter " COUNTER
           DISPLAY "counter " COUNTER ()
           DISPLAY "counter " FUNCTION COUNTER
           IF COUNTER () > 3
               DISPLAY "counted past 3"
           END-IF
           MOVE GREET (NAME-ITEM) TO TEXT-OUT
           DISPLAY "[" TEXT-OUT "] " NAME-ITEM
           STOP RUN.
       END PROGRAM UDFMAIN.
