      * -fhostsign (set by -std=ibm, mvs, bs2000...): a signed COMP-3
      * item whose sign nibble is F IS NUMERIC (libcob cob_is_numeric);
      * C and D as always; an unsigned item still takes F only.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. HOSTSIGN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G.
         02 X-2         PIC X(2).
         02 N-2         REDEFINES X-2 PIC 999  USAGE PACKED-DECIMAL.
         02 N-S2        REDEFINES X-2 PIC S999 USAGE PACKED-DECIMAL.
       PROCEDURE DIVISION.
           MOVE X"000F" TO X-2 PERFORM SHOW
           MOVE X"123F" TO X-2 PERFORM SHOW
           MOVE X"000C" TO X-2 PERFORM SHOW
           MOVE X"000D" TO X-2 PERFORM SHOW
           MOVE X"000E" TO X-2 PERFORM SHOW
           MOVE X"0A0F" TO X-2 PERFORM SHOW
           STOP RUN.
       SHOW.
           IF N-2 IS NUMERIC
               DISPLAY "unsigned numeric " WITH NO ADVANCING
           ELSE
               DISPLAY "unsigned not     " WITH NO ADVANCING
           END-IF
           IF N-S2 IS NUMERIC
               DISPLAY "signed numeric"
           ELSE
               DISPLAY "signed not"
           END-IF.
