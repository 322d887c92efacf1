       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDSTS.
      * A FILE STATUS TESTED BY THE STATEMENT RIGHT AFTER THE READ OR
      * WRITE THAT SET IT (THE LEGACY ENGINE COMPARES THE CODE IT GOT):
      * 00, 04 (A SHORT LAST RECORD), 10, 46, 48; A READ AT THE END OF
      * AN IF BRANCH NOT TAKEN, THEN AN EVALUATE OUTSIDE IT; A WHEN
      * THAT STORES INTO THE STATUS BEFORE AN IF READS IT; A READ INTO
      * THE STATUS'S OWN RECORD; A READ WITH AT END.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT CARDS ASSIGN TO "cards.dat"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS W-FS.
           SELECT MAKER ASSIGN TO "cards.dat"
               ORGANIZATION IS LINE SEQUENTIAL
               FILE STATUS IS W-MS.
       DATA DIVISION.
       FILE SECTION.
       FD  CARDS.
       01  CARD-REC                    PIC X(4).
       FD  MAKER.
       01  MAKER-REC                   PIC X(10).
       WORKING-STORAGE SECTION.
       01  W-STATUSES.
           05  W-FS                    PIC XX.
               88  W-OK                VALUE "00".
               88  W-SHORT             VALUE "04".
               88  W-END               VALUE "10".
               88  W-BAD               VALUE "30" THRU "99".
           05  W-INTO                  PIC X(4).
       01  W-MS                        PIC XX.
           88  W-MS-OK                 VALUE "00".
       01  W-N                         PIC 99 VALUE 0.
       01  W-FLAG                      PIC X VALUE "N".
       01  W-LOG                       PIC X(60) VALUE SPACES.
       01  W-PTR                       PIC 99 VALUE 1.
       PROCEDURE DIVISION.
       MAIN-LINE.
           OPEN OUTPUT MAKER
           MOVE "AAAABBBBCC" TO MAKER-REC
           WRITE MAKER-REC
           IF NOT W-MS-OK
               DISPLAY "WRITE " W-MS
           END-IF
           CLOSE MAKER
           OPEN INPUT CARDS
           PERFORM 6 TIMES
               READ CARDS
               EVALUATE TRUE
                   WHEN W-OK
                       PERFORM NOTE-IT
                   WHEN W-SHORT
                       MOVE "99" TO W-FS
                       PERFORM NOTE-IT
                   WHEN W-END
                       PERFORM NOTE-IT
                   WHEN OTHER
                       PERFORM NOTE-IT
               END-EVALUATE
               IF W-BAD
                   PERFORM NOTE-IT
               END-IF
           END-PERFORM
           DISPLAY W-LOG
           CLOSE CARDS
           MOVE SPACES TO W-LOG
           MOVE 1 TO W-PTR
           OPEN INPUT CARDS
           READ CARDS INTO W-STATUSES
           IF W-OK
               PERFORM NOTE-IT
           END-IF
           IF W-FLAG = "Y"
               READ CARDS
           END-IF
           EVALUATE TRUE
               WHEN W-OK
                   PERFORM NOTE-IT
               WHEN OTHER
                   PERFORM NOTE-IT
           END-EVALUATE
           READ CARDS
               AT END PERFORM NOTE-IT
           END-READ
           IF W-OK
               PERFORM NOTE-IT
           END-IF
           READ CARDS
           READ CARDS
           IF W-END
               PERFORM NOTE-IT
           END-IF
           WRITE CARD-REC
           IF W-OK OR W-BAD
               PERFORM NOTE-IT
           END-IF
           CLOSE CARDS
           DISPLAY W-LOG
           STOP RUN.
       NOTE-IT.
           ADD 1 TO W-N
           STRING W-N W-FS "/" DELIMITED BY SIZE INTO W-LOG
               WITH POINTER W-PTR.
