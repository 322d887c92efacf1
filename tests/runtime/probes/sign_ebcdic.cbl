      * -fsign=EBCDIC: a signed DISPLAY item's overpunched sign byte is
      * -fsign=EBCDIC: a signed DISPLAY item's overpunched sign is
      * cob_put_sign_ebcdic); a read puts the sign back in that form, so
      * a plain digit there becomes its positive overpunch.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SIGNEBC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G.
         02 X-3         PIC X(3).
         02 N-3         REDEFINES X-3 PIC S999.
         02 U-3         REDEFINES X-3 PIC 999.
       01 VG.
         02 V-POS       PIC S999 VALUE 12.
         02 V-NEG       PIC S999 VALUE -12.
         02 V-NONE      PIC S999.
         02 V-DEC       PIC S9V99 VALUE -1.5.
       01 L-G.
         02 L-N         PIC S999 SIGN LEADING.
       01 T-G.
         02 T-N         PIC S999 SIGN TRAILING SEPARATE.
       01 W-5           PIC S9(5).
       01 W-U           PIC 9(5).
       01 W-P           PIC S9(5) COMP-3.
       01 W-X           PIC X(5).
       01 W-E           PIC ZZ9-.
       01 W-B           PIC S9(4) COMP.
       01 TBL.
         02 T-E         PIC X OCCURS 9.
       01 IDX           PIC S9 VALUE 3.
       PROCEDURE DIVISION.
           DISPLAY VG
           DISPLAY V-POS "|" V-NEG "|" V-NONE "|" V-DEC
           DISPLAY VG
           MOVE V-POS TO W-X DISPLAY W-X
           MOVE V-NEG TO W-X DISPLAY W-X
           DISPLAY "[" G "]" WITH NO ADVANCING
           MOVE 123 TO N-3 DISPLAY " " X-3 WITH NO ADVANCING
           MOVE -123 TO N-3 DISPLAY " " X-3 WITH NO ADVANCING
           MOVE 0 TO N-3 DISPLAY " " X-3 WITH NO ADVANCING
           MOVE -0 TO N-3 DISPLAY " " X-3
           MOVE "123" TO X-3 DISPLAY N-3 " " X-3
           MOVE "12s" TO X-3 DISPLAY N-3 " " X-3
           MOVE "12L" TO X-3 DISPLAY N-3 " " X-3
           MOVE "12Z" TO X-3 DISPLAY N-3 " " X-3
           MOVE "12}" TO X-3 DISPLAY N-3 " " X-3
           MOVE "12C" TO X-3 DISPLAY U-3 " " X-3
           MOVE "12L" TO X-3 MOVE N-3 TO W-5 DISPLAY W-5 " " X-3
           MOVE "12L" TO X-3 MOVE N-3 TO W-U DISPLAY W-U
           MOVE "12L" TO X-3 MOVE N-3 TO W-P DISPLAY W-P
           MOVE "12L" TO X-3 MOVE N-3 TO W-X DISPLAY W-X "|"
           MOVE "12L" TO X-3 MOVE N-3 TO W-E DISPLAY W-E "|"
           MOVE "12L" TO X-3 MOVE N-3 TO W-B DISPLAY W-B
           MOVE "12L" TO X-3 MOVE N-3 TO V-POS DISPLAY V-POS
           MOVE "12L" TO X-3 ADD 1 TO N-3 DISPLAY N-3 " " X-3
           MOVE "12C" TO X-3 SUBTRACT 200 FROM N-3 DISPLAY X-3
           MOVE "12L" TO X-3
           IF N-3 < 0 DISPLAY "negative" ELSE DISPLAY "not negative"
           END-IF
           IF N-3 = -123 DISPLAY "= -123" ELSE DISPLAY "not -123"
           END-IF
           MOVE "12C" TO X-3
           IF N-3 = 123 DISPLAY "= 123" ELSE DISPLAY "not 123" END-IF
           PERFORM CLASS-TEST
           MOVE "12L" TO X-3 PERFORM CLASS-TEST
           MOVE "123" TO X-3 PERFORM CLASS-TEST
           MOVE "12s" TO X-3 PERFORM CLASS-TEST
           MOVE "12 " TO X-3 PERFORM CLASS-TEST
           MOVE "12}" TO X-3 PERFORM CLASS-TEST
           MOVE -45 TO L-N DISPLAY L-G " " L-N
           MOVE 45 TO L-N DISPLAY L-G " " L-N
           MOVE -45 TO T-N DISPLAY T-G " " T-N
           INITIALIZE VG DISPLAY VG
           MOVE -7 TO W-5 DISPLAY W-5
           COMPUTE W-5 = W-5 * 3 DISPLAY W-5
           MOVE "ABCDEFGHI" TO TBL
           DISPLAY T-E (IDX)
           MOVE "002" TO X-3
           MOVE "abc" TO T-E (N-3) DISPLAY TBL " " X-3
           MOVE ZERO TO V-NONE DISPLAY V-NONE
           MOVE ALL "1" TO V-NONE DISPLAY V-NONE
           MOVE V-DEC TO V-NONE DISPLAY V-NONE
           STOP RUN.
       CLASS-TEST.
           IF N-3 IS NUMERIC
               DISPLAY X-3 " numeric" WITH NO ADVANCING
           ELSE
               DISPLAY X-3 " not numeric" WITH NO ADVANCING
           END-IF
           IF N-3 IS POSITIVE DISPLAY " positive"
           ELSE DISPLAY " not positive" END-IF.
