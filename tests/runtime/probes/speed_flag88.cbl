       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDF88.
      * A LEVEL 88 OF ONE VALUE ON AN ALPHANUMERIC ITEM TESTED OFTEN:
      * THE LEGACY ENGINE KEEPS THE TEST'S RESULT UNTIL A STORE OVER THE
      * ITEM'S BYTES. STORES INTO THE ITEM, INTO ITS NEIGHBOUR IN THE
      * SAME RECORD, THROUGH A REDEFINES, A REFERENCE MODIFICATION, A
      * GROUP MOVE, INITIALIZE, AND A MOVE FROM AN ITEM OF THE SAME
      * SHAPE TESTED BY ITS OWN LEVEL 88.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-REC.
           05  W-UPC                   PIC X(3) VALUE SPACES.
               88  W-POSTABLE          VALUE SPACES.
           05  W-UPC-R REDEFINES W-UPC PIC 9(3).
           05  W-NEXT                  PIC X(3) VALUE "ABC".
       01  W-OTHER.
           05  W-SRC                   PIC X(3) VALUE "U01".
               88  W-SRC-BLANK         VALUE SPACES.
       01  W-LOG                       PIC X(40) VALUE SPACES.
       01  W-P                         PIC 99 VALUE 1.
       PROCEDURE DIVISION.
       MAIN-LINE.
           PERFORM NOTE-IT
           MOVE "XYZ" TO W-NEXT
           PERFORM NOTE-IT
           MOVE "U05" TO W-UPC
           PERFORM NOTE-IT
           MOVE SPACES TO W-UPC
           PERFORM NOTE-IT
           MOVE 7 TO W-UPC-R
           PERFORM NOTE-IT
           MOVE "   " TO W-REC (1:3)
           PERFORM NOTE-IT
           MOVE "1" TO W-REC (2:1)
           PERFORM NOTE-IT
           MOVE SPACES TO W-REC
           PERFORM NOTE-IT
           MOVE "QQQQQQ" TO W-REC
           PERFORM NOTE-IT
           INITIALIZE W-REC
           PERFORM NOTE-IT
           IF W-SRC-BLANK
               DISPLAY "SRC BLANK"
           END-IF
           MOVE W-SRC TO W-UPC
           PERFORM NOTE-IT
           MOVE SPACES TO W-SRC
           IF NOT W-SRC-BLANK
               DISPLAY "SRC NOT BLANK"
           END-IF
           MOVE W-SRC TO W-UPC
           PERFORM NOTE-IT
           DISPLAY W-LOG
           STOP RUN.
       NOTE-IT.
           IF W-POSTABLE
               STRING "P" DELIMITED BY SIZE INTO W-LOG POINTER W-P
           END-IF
           IF NOT W-POSTABLE
               STRING "-" DELIMITED BY SIZE INTO W-LOG POINTER W-P
           END-IF
           IF W-POSTABLE AND W-NEXT NOT = "ABC"
               STRING "*" DELIMITED BY SIZE INTO W-LOG POINTER W-P
           END-IF.
