      * HIGHEST- / LOWEST-ALGEBRAIC compared and computed with their
      * decimals (an edited item's, a signed one's).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnAlgebraic.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 F4 PIC $**,**9.99BCR.
       01 F5 PIC S9(3)V9(4) COMP-3.
       01 R PIC S9(7)V99.
       PROCEDURE DIVISION.
           IF FUNCTION LOWEST-ALGEBRAIC (F4) = -99999.99
              DISPLAY "lowest F4 ok"
           END-IF.
           IF FUNCTION HIGHEST-ALGEBRAIC (F5) > 999.9998
              DISPLAY "highest F5 ok"
           END-IF.
           COMPUTE R = FUNCTION LOWEST-ALGEBRAIC (F5) * 2.
           DISPLAY R.
           COMPUTE R = FUNCTION HIGHEST-ALGEBRAIC (F4) + 0.01.
           DISPLAY R.
           STOP RUN.
