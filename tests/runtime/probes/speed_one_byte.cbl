       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDONE.
      * ONE-BYTE COMPARISONS THE LEGACY ENGINE MAKES ON THE BYTE'S
      * NUMBER: A PIC X ITEM AGAINST ONE-CHARACTER LITERALS AND
      * FIGURATIVE CONSTANTS (EVERY RELATION, EITHER SIDE, LOW AND HIGH
      * BYTES), A REFERENCE MODIFICATION (I:1) WITH A RUN-TIME START
      * (ONE BYTE LONG WHATEVER THE START), A GROUP OF ONE BYTE, A
      * TABLE ELEMENT IN RANGE AND ONE PAST THE TABLE (COBC WITHOUT
      * -DEBUG READS THE NEXT ITEM'S BYTE).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-CHARS                     PIC X(6) VALUE X"41200039FF7A".
       01  W-C                         PIC X.
       01  W-G.
           05  W-G1                    PIC X.
       01  W-I                         PIC 99.
       01  T-REC.
           05  T-CH                    PIC X OCCURS 3 VALUE "A".
           05  T-NEXT                  PIC X VALUE "Q".
       01  W-K                         PIC 9 VALUE 0.
       01  W-LOG                       PIC X(60) VALUE SPACES.
       01  W-P                         PIC 99 VALUE 1.
       PROCEDURE DIVISION.
       MAIN-LINE.
           PERFORM VARYING W-I FROM 1 BY 1 UNTIL W-I > 6
               MOVE W-CHARS (W-I:1) TO W-C
               MOVE W-C TO W-G
               IF W-C = SPACE
                   STRING "S" DELIMITED BY SIZE INTO W-LOG POINTER W-P
               END-IF
               IF W-C NOT = "A" AND W-C > LOW-VALUE
                   STRING "N" DELIMITED BY SIZE INTO W-LOG POINTER W-P
               END-IF
               IF W-C < "9" OR "z" <= W-C
                   STRING "<" DELIMITED BY SIZE INTO W-LOG POINTER W-P
               END-IF
               IF HIGH-VALUE = W-C OR W-C >= ALL "z"
                   STRING "H" DELIMITED BY SIZE INTO W-LOG POINTER W-P
               END-IF
               IF W-G = ZERO OR W-G > QUOTE
                   STRING "G" DELIMITED BY SIZE INTO W-LOG POINTER W-P
               END-IF
               IF W-CHARS (W-I:1) = SPACE OR W-CHARS (W-I:1) < "0"
                   STRING "R" DELIMITED BY SIZE INTO W-LOG POINTER W-P
               END-IF
               IF W-CHARS (6:1) = "z"
                   STRING "6" DELIMITED BY SIZE INTO W-LOG POINTER W-P
               END-IF
               STRING "/" DELIMITED BY SIZE INTO W-LOG POINTER W-P
           END-PERFORM
           DISPLAY W-LOG
           MOVE "B" TO T-CH (2)
           PERFORM VARYING W-K FROM 1 BY 1 UNTIL W-K > 4
               IF T-CH (W-K) = "Q" OR T-CH (W-K) < "B"
                   DISPLAY "K " W-K " " T-CH (W-K)
               END-IF
           END-PERFORM
           STOP RUN.
