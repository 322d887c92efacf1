      * DISPLAY computes its function operands from the last to the
      * first (cobc's one cob_display call, its arguments evaluated
      * right to left by gcc): RANDOM's sequence and an exception
      * read in the same DISPLAY show it.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. dispOrder.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X PIC 9V9(4).
       PROCEDURE DIVISION.
           DISPLAY FUNCTION RANDOM " " FUNCTION RANDOM.
           DISPLAY FUNCTION RANDOM (1) " " FUNCTION RANDOM.
           DISPLAY "[" FUNCTION SECONDS-FROM-FORMATTED-TIME
               ("hhmmss" "250000") "] [" FUNCTION EXCEPTION-STATUS "]".
           DISPLAY "[" FUNCTION EXCEPTION-STATUS "] ["
               FUNCTION FORMATTED-TIME ("hhmmss" 1) "]".
           DISPLAY "[" FUNCTION EXCEPTION-STATUS "]".
           COMPUTE X = FUNCTION RANDOM (1) + FUNCTION RANDOM * 0.
           DISPLAY X.
           STOP RUN.
