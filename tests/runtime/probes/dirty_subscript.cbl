       IDENTIFICATION DIVISION.
       PROGRAM-ID. DIRTYSUB.
      * SUBSCRIPTS OUT OF 1..OCCURS WITHOUT -DEBUG: GNUCOBOL 3.1.2
      * READS AND WRITES THE STORAGE BEFORE AND AFTER THE TABLE AND
      * RUNS ON (TA-MODULE (TA-MX), TA-RTN-DIGIT (N) IN POSTING.CBL).
      * A SUBSCRIPT ITEM HOLDING A LETTER OR AN OVERPUNCH IS READ BY
      * COB_GET_INT ('A' IS 17).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 HEAD PIC X(8) VALUE "HEADHEAD".
          05 TBL OCCURS 4 TIMES INDEXED BY TX.
             10 T-NUM PIC 9(2).
             10 T-TXT PIC X(2).
          05 TAIL PIC X(80) VALUE ALL "TAIL".
       01 DIGS-REC.
          05 DIGS.
             10 DIG PIC 9 OCCURS 9 TIMES.
          05 AFTER-DIGS PIC X(30) VALUE ALL "7".
       01 S PIC 9.
       01 S-X REDEFINES S PIC X.
       01 SS PIC S99.
       01 SS-X REDEFINES SS PIC XX.
       01 N PIC 9(4).
       PROCEDURE DIVISION.
           MOVE "01AA02BB03CC04DD" TO REC (9:16)
           MOVE 5 TO S
           DISPLAY "[" TBL (S) "] " T-NUM (S)
           MOVE "ZZ" TO T-TXT (S)
           DISPLAY "[" REC (1:40) "]"
           MOVE 0 TO S
           DISPLAY "[" TBL (S) "]"
           MOVE 7 TO T-NUM (S)
           DISPLAY "[" REC (1:40) "]"
           MOVE -1 TO SS
           DISPLAY "[" T-NUM (SS) "]"
           MOVE "A" TO S-X
           DISPLAY "[" TBL (S) "]"
           MOVE "1}" TO SS-X
           DISPLAY "[" TBL (SS) "] " SS
           MOVE "1J" TO SS-X
           DISPLAY "[" TBL (SS + 2) "]"
           SET TX TO 6
           DISPLAY "[" TBL (TX) "]"
           SET TX UP BY 1
           MOVE "QQ" TO T-TXT (TX)
           DISPLAY "[" REC (25:16) "]"
           MOVE "123456789" TO DIGS
           MOVE 10 TO N
           COMPUTE N = DIG (1) + DIG (N) + DIG (N + 1)
           DISPLAY N
           PERFORM VARYING S FROM 1 BY 1 UNTIL S > 6
               ADD 1 TO DIG (S + 4)
           END-PERFORM
           DISPLAY DIGS " " AFTER-DIGS (1:4)
           STOP RUN.
