      * SPECIAL-NAMES CURRENCY SIGN IS "Y": the symbol of PICTUREs and
      * of the edited output, fixed and floating, and de-editing; the
      * IDENTIFICATION DIVISION header may be left out.
       PROGRAM-ID. CURRENCY-SIGN.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           CURRENCY SIGN IS "Y".
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 AMOUNT  PIC Y(6)9.99.
       01 FIXED-AMT   PIC Y9,999.99-.
       01 N       PIC S9(5)V99.
       PROCEDURE DIVISION.
           MOVE 1512.34 TO AMOUNT
           DISPLAY "[" AMOUNT "]"
           MOVE -42.5 TO FIXED-AMT
           DISPLAY "[" FIXED-AMT "]"
           COMPUTE AMOUNT = 7 / 4
           DISPLAY "[" AMOUNT "]"
           MOVE AMOUNT TO N
           DISPLAY N
           STOP RUN.
