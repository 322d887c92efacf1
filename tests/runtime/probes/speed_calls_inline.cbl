       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDCIN.
      * HELPER CALLS THE LEGACY ENGINE WRITES IN LINE: A SUBSCRIPT
      * READ FROM A DISPLAY ITEM (DIGITS, A COLON, A SIGN), FUNCTION
      * MOD OF INTEGERS (NEGATIVE DIVIDEND AND DIVISOR, A DECIMAL
      * OPERAND STILL CALLED), AND VARYING FROM A LITERAL INTO AN
      * INDEX, UNSIGNED, SIGNED AND BINARY ITEMS (A NEGATIVE FROM INTO
      * AN UNSIGNED ITEM, A FROM WIDER THAN THE ITEM).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-TAB.
           05  W-E OCCURS 12 INDEXED BY W-X PIC X(3).
       01  W-SUB                   PIC 99 VALUE 2.
       01  W-SUBX REDEFINES W-SUB  PIC XX.
       01  W-SSUB                  PIC S9 VALUE 3.
       01  W-Y                     PIC S9(4) VALUE -7.
       01  W-D                     PIC S9(3)V9 VALUE 7.5.
       01  W-R                     PIC S9(4).
       01  W-RD                    PIC S9(3)V99.
       01  W-U                     PIC 9.
       01  W-S                     PIC S99.
       01  W-B                     PIC 9(2) COMP.
       PROCEDURE DIVISION.
           MOVE "AAABBBCCCDDDEEEFFFGGGHHHIIIJJJKKKLLL" TO W-TAB
           DISPLAY W-E (W-SUB) " " W-E (W-SSUB)
           MOVE 4 TO W-SUB
           DISPLAY W-E (W-SUB)
           MOVE "0:" TO W-SUBX
           DISPLAY W-E (W-SUB)
           MOVE -1 TO W-SSUB
           DISPLAY W-E (W-SSUB + 3)
           COMPUTE W-R = FUNCTION MOD (W-Y, 4)
           DISPLAY "MOD " W-R
           COMPUTE W-R = FUNCTION MOD (W-Y, -4)
           DISPLAY "MOD " W-R
           COMPUTE W-R = FUNCTION MOD (17, -5) + FUNCTION MOD (-17, 5)
           DISPLAY "MOD " W-R
           COMPUTE W-RD = FUNCTION MOD (W-D, 2)
           DISPLAY "MOD " W-RD
           COMPUTE W-R = FUNCTION REM (W-Y, 4)
           DISPLAY "REM " W-R
           PERFORM VARYING W-X FROM 2 BY 1 UNTIL W-X > 3
               DISPLAY "X " W-E (W-X)
           END-PERFORM
           PERFORM VARYING W-U FROM -2 BY 3 UNTIL W-U > 6
               DISPLAY "U " W-U
           END-PERFORM
           PERFORM VARYING W-S FROM -3 BY 2 UNTIL W-S > 1
               DISPLAY "S " W-S
           END-PERFORM
           PERFORM VARYING W-B FROM 123 BY 10 UNTIL W-B > 50
               DISPLAY "B " W-B
           END-PERFORM
           PERFORM VARYING W-U FROM 1 BY 1 UNTIL W-U > 2
                   AFTER W-S FROM -1 BY 1 UNTIL W-S > 0
               DISPLAY "US " W-U " " W-S
           END-PERFORM
           STOP RUN.
