      * cobc -fperform-osvs: the end of a paragraph returns from any
      * active PERFORM ending there (default: only the innermost one;
      * without the option this program falls off its end silently).
       IDENTIFICATION   DIVISION.
       PROGRAM-ID.      PERFOSVS.
       DATA             DIVISION.
       WORKING-STORAGE  SECTION.
       01  MYOCC        PIC 9(8) COMP VALUE 0.
       01  CNT          PIC 9(4) VALUE 0.
       PROCEDURE        DIVISION.
       ASTART SECTION.
       A01.
           PERFORM BTEST.
           DISPLAY "MYOCC " MYOCC
           PERFORM C1 THRU C3
           DISPLAY "CNT " CNT
           PERFORM D1 THRU D2 3 TIMES
           DISPLAY "CNT " CNT
           STOP RUN.
       BTEST SECTION.
       B01.
           PERFORM B02 VARYING MYOCC FROM 1 BY 1
                   UNTIL MYOCC > 5.
           GO TO B99.
       B02.
           IF MYOCC > 1
              GO TO B99
           END-IF.
       B99.
           EXIT.
       CSEC SECTION.
       C1.
           ADD 1 TO CNT
           PERFORM C2 THRU C3.
       C2.
           ADD 10 TO CNT.
       C3.
           ADD 100 TO CNT.
       D1.
           ADD 1 TO CNT
           PERFORM D2.
           ADD 1000 TO CNT.
       D2.
           ADD 5 TO CNT.
