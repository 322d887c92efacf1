      * MOVE of an alphanumeric literal to a numeric item: cobc 3.1.2
      * builds the stored bytes at compile time (cb_build_move_literal)
      * for a DISPLAY item of the literal's scale (0) whose sign is not
      * LEADING / SEPARATE and not BLANK WHEN ZERO: the literal's bytes,
      * right-justified, zero-filled or cut on the left, never checked.
      * A packed item gets the literal's "value" computed as cb_get_int
      * does: each byte minus '0' (so "123}" is 1230 + 77).
      * Other receivers take libcob's run-time MOVE (cob_move).
      * A literal of spaces ending in a space is SPACE.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVE-ALNUM-LITERAL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-S                 PIC S9(4).
       01  W-SX REDEFINES W-S  PIC X(4).
       01  W-U                 PIC 9(4).
       01  W-UX REDEFINES W-U  PIC X(4).
       01  W-D                 PIC S99V99.
       01  W-DX REDEFINES W-D  PIC X(4).
       01  W-L                 PIC S9(4) SIGN LEADING SEPARATE.
       01  W-LX REDEFINES W-L  PIC X(5).
       01  W-T                 PIC S9(4) SIGN TRAILING.
       01  W-TX REDEFINES W-T  PIC X(4).
       01  W-B                 PIC 9(4) BLANK WHEN ZERO.
       01  W-BX REDEFINES W-B  PIC X(4).
       01  W-P                 PIC S9(4) COMP-3.
       01  W-PX REDEFINES W-P  PIC X(3).
       01  W-Q                 PIC 9(3) COMP-3.
       01  W-QX REDEFINES W-Q  PIC X(2).
       01  W-R                 PIC S9(3)V9 COMP-3.
       01  W-RX REDEFINES W-R  PIC X(3).
       01  W-6                 PIC 9(4) COMP-6.
       01  W-6X REDEFINES W-6  PIC X(2).
       01  W-C                 PIC S9(4) COMP.
       01  W-CX REDEFINES W-C  PIC X(2).
       01  W-E                 PIC ZZZ9.
       01  W-A                 PIC X(4) VALUE "123}".
       01  W-H                 PIC X(6).
       01  W-G.
           05  W-GS            PIC S9(4).
           05  W-GP            PIC S9(4) COMP-3.
       PROCEDURE DIVISION.
           MOVE "123}" TO W-S      DISPLAY "S1 " W-SX
           MOVE "12"   TO W-S      DISPLAY "S2 " W-SX
           MOVE "12345" TO W-S     DISPLAY "S3 " W-SX
           MOVE "ABCD" TO W-S      DISPLAY "S4 " W-SX
           MOVE "-12"  TO W-S      DISPLAY "S5 " W-SX
           MOVE " 12 " TO W-S      DISPLAY "S6 " W-SX
           MOVE "0000" TO W-S      DISPLAY "S7 " W-SX
           MOVE "1"    TO W-S      DISPLAY "S8 " W-S
           ADD 1 TO W-S            DISPLAY "S9 " W-S
           MOVE "123}" TO W-U      DISPLAY "U1 " W-UX
           MOVE "ABCD" TO W-U      DISPLAY "U2 " W-UX
           MOVE "9"    TO W-U      DISPLAY "U3 " W-UX
           MOVE "123}" TO W-D      DISPLAY "D1 " W-DX
           MOVE "12"   TO W-D      DISPLAY "D2 " W-DX
           MOVE "1.5"  TO W-D      DISPLAY "D3 " W-DX
           MOVE "123}" TO W-L      DISPLAY "L1 " W-LX
           MOVE "12"   TO W-L      DISPLAY "L2 " W-LX
           MOVE "123}" TO W-T      DISPLAY "T1 " W-TX
           MOVE "123}" TO W-B      DISPLAY "B1 " W-BX
           MOVE "0000" TO W-B      DISPLAY "B2 [" W-BX "]"
           MOVE "123}" TO W-P      DISPLAY "P1 " W-P
           MOVE "12"   TO W-P      DISPLAY "P2 " W-P
           MOVE "ABCD" TO W-P      DISPLAY "P3 " W-P
           MOVE " 12"  TO W-P      DISPLAY "P4 " W-P
           MOVE "0"    TO W-P      DISPLAY "P5 " W-P
           MOVE "123456789" TO W-P DISPLAY "P6 " W-P
           MOVE "1234567890" TO W-P DISPLAY "P7 " W-P
           MOVE "123}" TO W-Q      DISPLAY "Q1 " W-Q
           MOVE " 12"  TO W-Q      DISPLAY "Q2 " W-Q
           MOVE "123}" TO W-R      DISPLAY "R1 " W-R
           MOVE "12"   TO W-R      DISPLAY "R2 " W-R
           MOVE "12345678" TO W-R  DISPLAY "R3 " W-R
           MOVE "123}" TO W-6      DISPLAY "C1 " W-6
           MOVE "12"   TO W-6      DISPLAY "C2 " W-6
           MOVE "123}" TO W-C      DISPLAY "B3 " W-C
           MOVE "12"   TO W-C      DISPLAY "B4 " W-C
           MOVE "123}" TO W-E      DISPLAY "E1 " W-E
           MOVE "    " TO W-E      DISPLAY "E2 [" W-E "]"
           MOVE "  "   TO W-U      DISPLAY "U4 [" W-UX "]"
           MOVE " "    TO W-S      DISPLAY "S10 [" W-SX "]"
           MOVE "  "   TO W-P      DISPLAY "P8 " W-P
           MOVE " A "  TO W-U      DISPLAY "U5 [" W-UX "]"
           MOVE W-A    TO W-S      DISPLAY "A1 " W-SX
           MOVE W-A    TO W-P      DISPLAY "A2 " W-P
           MOVE "12y"  TO W-H      DISPLAY "H1 " W-H
           INITIALIZE W-G REPLACING NUMERIC DATA BY "12y"
           DISPLAY "I1 " W-G(1:4) " " W-GP
           STOP RUN.
