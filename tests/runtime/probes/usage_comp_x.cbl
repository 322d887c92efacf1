       IDENTIFICATION DIVISION.
       PROGRAM-ID. USAGE-COMP-X.
      * PIC X(n) COMP-X, n = 1..8: n bytes of unsigned big-endian
      * binary, DISPLAYed with 2 4 7 9 12 14 16 18 digits; MOVE and
      * arithmetic wrap on the bytes, SIZE ERROR only past them; an
      * 8-byte item is unsigned (high bit set reads positive).
      * PIC X(n) COMP-5: native unsigned binary of 1, 2, 4 or 8 bytes.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  X1      PIC X     COMP-X VALUE 99.
       01  X2      PIC X(2)  COMP-X VALUE 300.
       01  X3      PIC X(3)  COMP-X VALUE 9999999.
       01  X4      PIC X(4)  COMP-X VALUE 123.
       01  X5      PIC X(5)  COMP-X.
       01  X6      PIC X(6)  COMP-X.
       01  X7      PIC X(7)  COMP-X.
       01  X8      PIC X(8)  COMP-X VALUE 300.
       01  R8 REDEFINES X8   PIC X(8).
       01  D20     PIC 9(20).
       01  N1      PIC X     COMP-5 VALUE 12.
       01  N2      PIC X(2)  COMP-5 VALUE 300.
       01  N3      PIC X(3)  COMP-5.
       01  R3 REDEFINES N3   PIC X(4).
       01  N8      PIC X(8)  COMP-5.
       01  S20     PIC S9(20).
       01  HX      PIC X(16).
       01  HEXDIG  PIC X(16) VALUE "0123456789ABCDEF".
       01  I       PIC 99.
       01  B       PIC 999.
       PROCEDURE DIVISION.
           DISPLAY X1 " " X2 " " X3 " " X4 " " X5 " " X6 " " X7
           DISPLAY LENGTH OF X1 " " LENGTH OF X5 " " LENGTH OF X6
                   " " LENGTH OF X7 " " LENGTH OF X8
           DISPLAY X8 WITH NO ADVANCING PERFORM SHOW-HEX
           MOVE 123456789012345678 TO X8
           DISPLAY X8 WITH NO ADVANCING PERFORM SHOW-HEX
           MOVE 18446744073709551615 TO X8
           DISPLAY X8 WITH NO ADVANCING PERFORM SHOW-HEX
           ADD 1 TO X8 ON SIZE ERROR DISPLAY "SIZE ERROR 8"
           END-ADD
           MOVE X8 TO D20 DISPLAY D20
           MOVE 99999999999999999999 TO X8
           MOVE X8 TO D20 DISPLAY D20
           MOVE 281474976710655 TO X6 DISPLAY X6
           ADD 1 TO X6 DISPLAY X6
           MOVE 72057594037927935 TO X7 DISPLAY X7
           MOVE 9223372036854775807 TO X8
           ADD 1 TO X8 ON SIZE ERROR DISPLAY "SIZE ERROR 9"
           END-ADD
           DISPLAY X8 WITH NO ADVANCING PERFORM SHOW-HEX
           MOVE X"8000000000000001" TO R8
           COMPUTE D20 = X8 + 1 DISPLAY D20
           COMPUTE X5 = 1099511627775 DISPLAY X5
           COMPUTE X5 = X5 + 1 ON SIZE ERROR DISPLAY "SIZE ERROR 5"
           END-COMPUTE
           DISPLAY X5
           DISPLAY N1 " " N2 " " N3 " " N8 " " LENGTH OF N1 " "
                   LENGTH OF N2 " " LENGTH OF N3 " " LENGTH OF N8
           MOVE X"FFFFFFFF" TO R3 MOVE N3 TO S20 DISPLAY S20
           MOVE X"01000000" TO R3 MOVE N3 TO S20 DISPLAY S20
           MOVE -5 TO N3 MOVE N3 TO S20 DISPLAY S20
           MOVE 255 TO N1
           ADD 1 TO N1 ON SIZE ERROR DISPLAY "SIZE ERROR N1"
           END-ADD
           ADD 1 TO N2 DISPLAY N1 " " N2
           STOP RUN.
       SHOW-HEX.
           MOVE SPACES TO HX
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 8
               COMPUTE B = FUNCTION ORD (R8 (I:1)) - 1
               MOVE HEXDIG (B / 16 + 1:1) TO HX (I * 2 - 1:1)
               MOVE HEXDIG (FUNCTION MOD (B, 16) + 1:1) TO HX (I * 2:1)
           END-PERFORM
           DISPLAY " " HX.
