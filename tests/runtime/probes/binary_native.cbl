      * -fbinary-byteorder=native: COMP / BINARY items are stored in the
      * machine's byte order (little-endian on x86-64) instead of
      * big-endian; COMP-5 and BINARY-LONG are native either way.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BINNAT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G.
         02 B-2         PIC S9(4) COMP VALUE 258.
         02 B-4         PIC 9(8) BINARY VALUE 16909060.
         02 B-8         PIC S9(18) COMP VALUE -2.
         02 B-5         PIC S9(4) COMP-5 VALUE 258.
         02 B-L         BINARY-LONG VALUE 1.
       01 G-HEX         PIC X(24).
       01 X-2           PIC X(2).
       01 N-2           REDEFINES X-2 PIC 9(4) COMP.
       01 D-5           PIC S9(5).
       01 OCC           PIC 9(4) COMP.
       01 T.
         02 T-E         PIC X OCCURS 1 TO 9 DEPENDING ON OCC.
       01 I             PIC 9(4) COMP.
       01 K             PIC 99.
       01 DUMP-LEN      PIC 99.
       01 BYTE-NUM      PIC 999.
       PROCEDURE DIVISION.
           DISPLAY B-2 " " B-4 " " B-8 " " B-5 " " B-L
           MOVE G TO G-HEX PERFORM DUMP
           ADD 1 TO B-2 SUBTRACT 3 FROM B-8
           COMPUTE B-4 = B-4 * 2
           MOVE G TO G-HEX PERFORM DUMP
           MOVE X"0100" TO X-2 DISPLAY N-2
           MOVE N-2 TO D-5 DISPLAY D-5
           MOVE -3 TO D-5 MOVE D-5 TO B-2 DISPLAY B-2
           IF B-2 < 0 DISPLAY "negative" END-IF
           IF N-2 = 1 DISPLAY "N-2 is 1" END-IF
           IF N-2 > B-2 DISPLAY "N-2 > B-2" END-IF
           MOVE 3 TO OCC
           MOVE "ABCDEFGHI" TO T
           DISPLAY LENGTH OF T
           MOVE 2 TO I DISPLAY T-E (I)
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               DISPLAY T-E (I) WITH NO ADVANCING
           END-PERFORM
           DISPLAY " "
           MOVE I TO G-HEX MOVE 2 TO DUMP-LEN PERFORM DUMP-N
           INITIALIZE G MOVE G TO G-HEX PERFORM DUMP
           MOVE 12345 TO B-2 DISPLAY B-2
           MOVE B-2 TO G-HEX MOVE 2 TO DUMP-LEN PERFORM DUMP-N
           STOP RUN.
       DUMP.
           MOVE 24 TO DUMP-LEN PERFORM DUMP-N.
       DUMP-N.
           PERFORM VARYING K FROM 1 BY 1 UNTIL K > DUMP-LEN
               COMPUTE BYTE-NUM = FUNCTION ORD (G-HEX (K:1)) - 1
               DISPLAY BYTE-NUM WITH NO ADVANCING
           END-PERFORM
           DISPLAY " ".
