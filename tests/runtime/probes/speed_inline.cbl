       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDINL.
      * PERFORMS OF ONE PARAGRAPH THAT CANNOT LEAVE IT EARLY, WHICH
      * THE LEGACY ENGINE WRITES IN PLACE: VARYING OVER A TABLE WITH
      * THE SUBSCRIPT IN AND OUT OF RANGE (COBC WITHOUT -DEBUG READS
      * THE NEIGHBOURING BYTES), UNTIL, TIMES, A PERFORM INSIDE THE
      * PARAGRAPH, A NAME IN TWO SECTIONS (RESOLVED IN THE SECTION
      * OF THE PARAGRAPH), FALLING INTO THE SAME PARAGRAPH, AND A
      * PARAGRAPH WITH GO TO (STILL CALLED).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-REC.
           05  W-BEFORE                PIC 9(6) VALUE 123456.
           05  W-ENT OCCURS 4 INDEXED BY W-X.
               10  W-KEY               PIC 9(3).
               10  W-AMT               PIC S9(5) COMP-3.
           05  W-AFTER.
               10  FILLER              PIC X(3) VALUE "999".
               10  FILLER              PIC X(3) VALUE X"00077C".
               10  FILLER              PIC X(3) VALUE "5A7".
               10  FILLER              PIC X(3) VALUE X"00123D".
       01  W-WANT                      PIC 9(3) VALUE 200.
       01  W-FOUND                     PIC 9 VALUE 0.
       01  W-BELOW                     PIC 9 VALUE 0.
       01  W-COUNT                     PIC 9 VALUE 4.
       01  W-TOTAL                     PIC S9(7) VALUE 0.
       01  W-N                         PIC 99 VALUE 0.
       01  W-LOG                       PIC X(30) VALUE SPACES.
       01  W-PTR                       PIC 99 VALUE 1.
       PROCEDURE DIVISION.
       MAIN SECTION.
       M-START.
           PERFORM VARYING W-X FROM 1 BY 1 UNTIL W-X > 4
               SET W-N TO W-X
               COMPUTE W-KEY (W-X) = W-N * 100
               COMPUTE W-AMT (W-X) = W-N * -11
           END-PERFORM
           PERFORM MATCH-ONE VARYING W-X FROM 1 BY 1
               UNTIL W-X > W-COUNT
           DISPLAY "FOUND " W-FOUND " BELOW " W-BELOW " T " W-TOTAL
           MOVE 6 TO W-COUNT
           MOVE 0 TO W-FOUND W-BELOW W-TOTAL
           MOVE 999 TO W-WANT
           PERFORM MATCH-ONE VARYING W-X FROM 0 BY 1
               UNTIL W-X > W-COUNT
           DISPLAY "FOUND " W-FOUND " BELOW " W-BELOW " T " W-TOTAL
           MOVE 0 TO W-N
           PERFORM COUNT-UP UNTIL W-N > 5
           PERFORM COUNT-UP 3 TIMES
           PERFORM COUNT-UP
           DISPLAY "N " W-N " LOG " W-LOG
           PERFORM JUMPER THRU JUMPER-END
           DISPLAY "AFTER JUMPER " W-LOG
           PERFORM OTHER-SIDE
           DISPLAY "OTHER " W-LOG
           PERFORM SHARED
           DISPLAY "SHARED " W-LOG
           GO TO M-END.
       MATCH-ONE.
           IF W-KEY (W-X) = W-WANT
               MOVE 1 TO W-FOUND
           END-IF
           IF W-KEY (W-X) < W-WANT
               ADD 1 TO W-BELOW
           END-IF
           ADD W-AMT (W-X) TO W-TOTAL.
       COUNT-UP.
           ADD 1 TO W-N
           PERFORM NOTE-N.
       NOTE-N.
           STRING W-N (2:1) DELIMITED BY SIZE INTO W-LOG
               WITH POINTER W-PTR.
       JUMPER.
           IF W-N > 3
               GO TO JUMPER-END
           END-IF
           STRING "NO" DELIMITED BY SIZE INTO W-LOG
               WITH POINTER W-PTR.
       JUMPER-END.
           STRING "J" DELIMITED BY SIZE INTO W-LOG
               WITH POINTER W-PTR.
       SHARED.
           STRING "M" DELIMITED BY SIZE INTO W-LOG
               WITH POINTER W-PTR.
       M-END.
           STOP RUN.
       SIDE SECTION.
       OTHER-SIDE.
           PERFORM SHARED.
       SHARED.
           STRING "S" DELIMITED BY SIZE INTO W-LOG
               WITH POINTER W-PTR.
