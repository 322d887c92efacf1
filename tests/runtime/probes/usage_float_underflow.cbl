       IDENTIFICATION DIVISION.
       PROGRAM-ID. FLOAT-UNDERFLOW.
      * A COMP-2 divided by 10.0 again and again down to zero: libcob
      * reads the double as 96 significant digits (rounded on the
      * 97th), so each quotient can fall one double below the exact
      * one; the last non-zero value is 9.881312916824931E-324.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  CMP2                        COMP-2.
       01  CMP1                        COMP-1.
       01  I                           PIC 999.
       PROCEDURE DIVISION.
           MOVE 0.000000099 TO CMP2.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 350
             COMPUTE CMP2 = CMP2 / 10.0
             IF FUNCTION MOD (I, 12) = 0 OR I > 312
                DISPLAY I " " CMP2
             END-IF
             IF CMP2 = 0.0
               MOVE 400 TO I
             END-IF
           END-PERFORM.
           MOVE 0.000000099 TO CMP1.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 60
             COMPUTE CMP1 = CMP1 / 10.0
             IF FUNCTION MOD (I, 6) = 0 OR I > 36
                DISPLAY I " " CMP1
             END-IF
             IF CMP1 = 0.0
               MOVE 400 TO I
             END-IF
           END-PERFORM.
           STOP RUN.
