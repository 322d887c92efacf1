      * LOCAL-STORAGE starts again at every CALL, WORKING-STORAGE keeps
      * its values; a RECURSIVE program has one LOCAL-STORAGE per
      * activation (factorial by recursion, the depth counted in
      * WORKING-STORAGE), and LINKAGE of the outer activation survives
      * the inner CALL. (cobc: "LOCAL-STORAGE not allowed in nested
      * programs", so these are outermost programs of the file.)
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LSMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N            PIC 99 VALUE 5.
       01 RESULT       PIC 9(6) VALUE 0.
       PROCEDURE DIVISION.
           CALL "COUNTER"
           CALL "COUNTER"
           CALL "COUNTER"
           CALL "FACT" USING N RESULT
           DISPLAY "5! = " RESULT " N " N
           MOVE 7 TO N
           CALL "FACT" USING N RESULT
           DISPLAY "7! = " RESULT " N " N
           STOP RUN.
       END PROGRAM LSMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. COUNTER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 W-CALLS      PIC 99 VALUE 0.
       LOCAL-STORAGE SECTION.
       01 L-CALLS      PIC 99 VALUE 0.
       01 L-GROUP.
          05 L-TEXT    PIC X(3) VALUE "abc".
          05 L-NUM     PIC 9    VALUE 1.
       PROCEDURE DIVISION.
           ADD 1 TO W-CALLS L-CALLS L-NUM
           DISPLAY "counter " W-CALLS " " L-CALLS " " L-GROUP
           MOVE "xyz" TO L-TEXT
           GOBACK.
       END PROGRAM COUNTER.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FACT IS RECURSIVE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 DEPTH        PIC 99 VALUE 0.
       LOCAL-STORAGE SECTION.
       01 MY-N         PIC 99.
       01 SUB-N        PIC 99.
       01 SUB-RESULT   PIC 9(6).
       LINKAGE SECTION.
       01 L-N          PIC 99.
       01 L-RESULT     PIC 9(6).
       PROCEDURE DIVISION USING L-N L-RESULT.
           ADD 1 TO DEPTH
           MOVE L-N TO MY-N
           IF MY-N <= 1
              MOVE 1 TO L-RESULT
           ELSE
              SUBTRACT 1 FROM MY-N GIVING SUB-N
              CALL "FACT" USING SUB-N SUB-RESULT
              MULTIPLY MY-N BY SUB-RESULT GIVING L-RESULT
           END-IF
           DISPLAY "fact " MY-N " " L-N " " L-RESULT " depth " DEPTH
           GOBACK.
       END PROGRAM FACT.
