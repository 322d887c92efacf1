      * ADD of a C int to an integer COMP-3 item of fewer than ten
      * digits: cobc adds nibble by nibble (cob_add_packed_int), so
      * invalid nibbles, a foreign sign nibble and a carry into the
      * pad nibble stay visible in the bytes; ROUNDED, SIZE ERROR,
      * decimals or ten digits take the ordinary decode-add-store.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ADDPKINT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G.
          05 T PIC 9(3) COMP-3 OCCURS 4.
       01 GR REDEFINES G PIC X(8).
       01 K PIC 9 VALUE 1.
       01 SG.
          05 S PIC S9(3) COMP-3 OCCURS 4.
       01 SR REDEFINES SG PIC X(8).
       01 EG.
          05 E4 PIC S9(4) COMP-3.
          05 U4 PIC 9(4) COMP-3.
          05 D2 PIC S9(3)V9 COMP-3.
          05 T10 PIC S9(10) COMP-3.
       01 ER REDEFINES EG PIC X(15).
       01 N5 PIC 9(5) VALUE 123.
       01 NP PIC S9(5) COMP-3 VALUE -7.
       01 DC PIC 9(3) VALUE 0.
       01 HX PIC X(30).
       01 HI PIC 9(3) COMP.
       01 LO PIC 9(3) COMP.
       01 NB PIC 9(3) COMP.
       01 IX PIC 9(3) COMP.
       01 HEXDIGITS PIC X(16) VALUE "0123456789ABCDEF".
       01 ONE-BYTE PIC X.
       01 BYTE-NUM REDEFINES ONE-BYTE PIC X COMP-X.
       PROCEDURE DIVISION.
           MOVE X"1A3F0B2C12DAFFFF" TO GR
           ADD 1 TO T (K)
           ADD 1 TO T (2)
           MOVE 3 TO K
           ADD 1 TO T (K)
           ADD 1 TO T (4)
           DISPLAY "T " T (1) " " T (2) " " T (3) " " T (4)
           MOVE GR TO HX PERFORM SHOW-HEX
           MOVE X"1A3C0B2D999C123F" TO SR
           ADD 1 TO S (1)
           ADD 1 TO S (2)
           ADD 1 TO S (3)
           ADD 7 TO S (4)
           MOVE SR TO HX PERFORM SHOW-HEX
           MOVE X"1A3C0B2D999C123F" TO SR
           ADD -1 TO S (1)
           ADD -1 TO S (2)
           ADD N5 TO S (3)
           ADD NP TO S (4)
           MOVE SR TO HX PERFORM SHOW-HEX
           MOVE X"1A3C0B2D999C123F" TO SR
           ADD 1 TO S (1) ROUNDED
           ADD 1 TO S (2) ON SIZE ERROR DISPLAY "SIZE"
           END-ADD
           ADD 1 TO S (3) DC
           SET S (4) UP BY 2
           MOVE SR TO HX PERFORM SHOW-HEX
           DISPLAY "DC " DC
           MOVE X"09999C09999F01234C00000001234C" TO ER
           ADD 1 TO E4
           ADD 1 TO U4
           ADD 1 TO D2
           ADD 1 TO T10
           MOVE ER TO HX PERFORM SHOW-HEX
           DISPLAY "E " E4 " " U4 " " D2 " " T10
           MOVE X"1A3C0B2D999C123F" TO SR
           PERFORM VARYING S (1) FROM 5 BY 3 UNTIL S (1) > 12
               DISPLAY "V " S (1)
           END-PERFORM
           MOVE X"9F" TO SR (3:1)
           PERFORM VARYING T (1) FROM 1 BY 1 UNTIL T (1) > 2
               CONTINUE
           END-PERFORM
           MOVE SR TO HX PERFORM SHOW-HEX
           STOP RUN.
       SHOW-HEX.
           PERFORM VARYING IX FROM 1 BY 1 UNTIL IX > 15
               MOVE HX (IX:1) TO ONE-BYTE
               MOVE BYTE-NUM TO NB
               DIVIDE NB BY 16 GIVING HI REMAINDER LO
               DISPLAY HEXDIGITS (HI + 1:1) HEXDIGITS (LO + 1:1)
                   WITH NO ADVANCING
           END-PERFORM
           DISPLAY " ".
