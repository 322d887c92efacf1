      * MOVE of an alphanumeric literal to a signed DISPLAY number under
      * -fsign=EBCDIC: cobc punches the last byte positive
      * (cob_put_sign_ebcdic with the literal's sign, 0), a byte that is
      * not a digit becoming '{'.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVE-ALNUM-EBCDIC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-S                 PIC S9(4).
       01  W-SX REDEFINES W-S  PIC X(4).
       01  W-U                 PIC 9(4).
       01  W-UX REDEFINES W-U  PIC X(4).
       PROCEDURE DIVISION.
           MOVE "1234" TO W-S      DISPLAY "S1 " W-SX
           MOVE "0000" TO W-S      DISPLAY "S2 " W-SX
           MOVE "123}" TO W-S      DISPLAY "S3 " W-SX
           MOVE "12"   TO W-S      DISPLAY "S4 " W-SX
           MOVE "ABCD" TO W-S      DISPLAY "S5 " W-SX
           MOVE "123}" TO W-U      DISPLAY "U1 " W-UX
           STOP RUN.
