       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDCNT.
      * PERFORM VARYING UP TO AN ITEM, WHICH THE LEGACY ENGINE WRITES
      * AS A COUNTED LOOP WHEN THE BODY LEAVES THE LIMIT ALONE, WITH
      * THE ITEMS ITS IFS READ SLICED ONCE: LIMITS INSIDE AND OUTSIDE
      * THE TABLE (COBC WITHOUT -DEBUG READS THE NEIGHBOURING BYTES),
      * ZERO, BELOW THE START, AN INVALID SIGN NIBBLE IN THE LIMIT,
      * A STORE INTO
      * THE COMPARED ITEM'S RECORD (REDEFINES, GROUP MOVE), INTO THE
      * LIMIT (A GROUP MOVE, AN ELEMENT OUT OF RANGE), INLINE PERFORMS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  T-REC.
           05  T-BEFORE                PIC X(5) VALUE "-----".
           05  T-COUNT                 PIC 9 VALUE 3.
           05  T-ENT OCCURS 4 INDEXED BY T-X.
               10  T-KEY               PIC X(3).
               10  T-NUM               PIC 9(3).
           05  T-AFTER                 PIC X(12) VALUE "ZZZ777YYY888".
       01  W-REC.
           05  W-WANT                  PIC X(3) VALUE "BBB".
           05  W-WANT-N REDEFINES W-WANT PIC 9(3).
           05  W-OTHER                 PIC X(3) VALUE "QQQ".
       01  W-LIMITS.
           05  W-LIM                   PIC 9 VALUE 2.
           05  W-LIM3                  PIC 9(3) COMP-3 VALUE 4.
           05  W-LIM3-X REDEFINES W-LIM3 PIC X(2).
       01  W-FOUND                     PIC 9 VALUE 0.
       01  W-BELOW                     PIC 99 VALUE 0.
       01  W-SUM                       PIC 9(5) VALUE 0.
       01  W-LOG                       PIC X(40) VALUE SPACES.
       01  W-PTR                       PIC 99 VALUE 1.
       01  W-I                         PIC 9(3) VALUE 0.
       01  W-J                         PIC 99 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-LINE.
           MOVE "AAA100BBB200CCC300DDD400" TO T-REC (7:24)
           PERFORM MATCH-ONE VARYING T-X FROM 1 BY 1
               UNTIL T-X > T-COUNT
           PERFORM SHOW
      *    THE LIMIT PAST THE TABLE: ELEMENTS 5 AND 6 ARE T-AFTER
           MOVE 6 TO T-COUNT
           MOVE "YYY" TO W-WANT
           PERFORM MATCH-ONE VARYING T-X FROM 1 BY 1
               UNTIL T-X > T-COUNT
           PERFORM SHOW
      *    NO TURN: LIMIT 0, AND A START ABOVE THE LIMIT
           MOVE 0 TO T-COUNT
           PERFORM MATCH-ONE VARYING T-X FROM 1 BY 1
               UNTIL T-X > T-COUNT
           PERFORM SHOW
           MOVE 2 TO T-COUNT
           PERFORM MATCH-ONE VARYING T-X FROM 3 BY 1
               UNTIL T-X > T-COUNT
           PERFORM SHOW
           MOVE 4 TO T-COUNT
      *    THE BODY STORES INTO THE COMPARED ITEM'S RECORD
           MOVE "BBB" TO W-WANT
           PERFORM MOVE-ON VARYING T-X FROM 1 BY 1
               UNTIL T-X > T-COUNT
           PERFORM SHOW
           MOVE "BBB" TO W-WANT
           PERFORM REDEFINED VARYING T-X FROM 1 BY 1
               UNTIL T-X > T-COUNT
           PERFORM SHOW
      *    THE BODY STORES INTO THE LIMIT: A GROUP MOVE, AN ELEMENT
      *    OUT OF RANGE (T-NUM (0) ENDS ON T-COUNT)
           MOVE 4 TO W-LIM
           PERFORM SHRINK VARYING T-X FROM 1 BY 1
               UNTIL T-X > W-LIM
           DISPLAY "SHRINK " T-X " " W-LIM
           MOVE 3 TO T-COUNT
           MOVE 0 TO W-J
           PERFORM VARYING W-I FROM 1 BY 1 UNTIL W-I > T-COUNT
               ADD 1 TO W-J
               IF W-J = 2
                   MOVE 321 TO T-NUM (W-J - 2)
               END-IF
           END-PERFORM
           DISPLAY "OUT OF RANGE " W-I " " W-J " " T-REC (1:12)
      *    INLINE PERFORMS: A COMP-3 LIMIT (SIGN NIBBLE A), A DISPLAY
      *    COUNTER
           MOVE X"004A" TO W-LIM3-X
           MOVE 3 TO T-COUNT
           MOVE "BBB" TO W-WANT
           MOVE 0 TO W-SUM
           PERFORM VARYING W-I FROM 1 BY 1 UNTIL W-I > W-LIM3
               IF T-KEY (W-I) NOT = W-WANT AND T-KEY (W-I) > "A"
                   ADD T-NUM (W-I) TO W-SUM
               END-IF
           END-PERFORM
           DISPLAY "INLINE " W-I " " W-SUM
           MOVE 6 TO W-LIM3
           MOVE 0 TO W-SUM
           PERFORM VARYING W-I FROM 2 BY 1 UNTIL W-I > W-LIM3
               IF T-NUM (W-I) IS NUMERIC AND T-NUM (W-I) > 150
                   ADD T-NUM (W-I) TO W-SUM
               END-IF
               IF T-KEY (W-I) = W-OTHER OR T-KEY (W-I) = "YYY"
                   ADD 1000 TO W-SUM
               END-IF
           END-PERFORM
           DISPLAY "INLINE " W-I " " W-SUM
           MOVE 0 TO W-LIM3
           PERFORM VARYING W-I FROM 5 BY 1 UNTIL W-I > W-LIM3
               ADD 1 TO W-SUM
           END-PERFORM
           DISPLAY "INLINE " W-I " " W-SUM
           STOP RUN.
       MATCH-ONE.
           IF T-KEY (T-X) = W-WANT
               MOVE 1 TO W-FOUND
               MOVE T-KEY (T-X) TO W-LOG (W-PTR:3)
               ADD 3 TO W-PTR
           END-IF
           IF T-KEY (T-X) < W-WANT
               ADD 1 TO W-BELOW
           END-IF
           ADD T-NUM (T-X) TO W-SUM.
       MOVE-ON.
           IF T-KEY (T-X) = W-WANT
               MOVE T-KEY (T-X + 1) TO W-WANT
               ADD 1 TO W-FOUND
           END-IF
           IF T-KEY (T-X) < W-WANT
               ADD 1 TO W-BELOW
           END-IF.
       REDEFINED.
           IF T-KEY (T-X) = W-WANT
               MOVE 333 TO W-WANT-N
               ADD 1 TO W-FOUND
           END-IF
           IF T-KEY (T-X) < W-WANT
               ADD 1 TO W-BELOW
           END-IF.
       SHRINK.
           IF T-KEY (T-X) > "A"
               MOVE "2" TO W-LIMITS
           END-IF.
       SHOW.
           DISPLAY "X " T-X " FOUND " W-FOUND " BELOW " W-BELOW
               " SUM " W-SUM " LOG " W-LOG " WANT " W-WANT
           MOVE 0 TO W-FOUND W-BELOW W-SUM
           MOVE SPACES TO W-LOG
           MOVE 1 TO W-PTR.
