      * RELATIVE files: statuses, records and RELATIVE KEY values as
      * GnuCOBOL 3.1.2 gives them (runtime/relative.py): random WRITE
      * into empty slots, READ NEXT / PREVIOUS over holes, START with
      * every condition, REWRITE, DELETE, INVALID KEY.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILEREL.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT RL ASSIGN TO "PROBEREL"
               ORGANIZATION IS RELATIVE
               ACCESS MODE IS DYNAMIC
               RELATIVE KEY IS WS-KEY
               FILE STATUS IS WS-FS.
           SELECT RS ASSIGN TO "PROBERES"
               ORGANIZATION IS RELATIVE
               ACCESS MODE IS SEQUENTIAL
               RELATIVE KEY IS WS-SKEY
               FILE STATUS IS WS-FS.
       DATA DIVISION.
       FILE SECTION.
       FD RL.
       01 RL-REC PIC X(6).
       FD RS.
       01 RS-REC PIC X(4).
       WORKING-STORAGE SECTION.
       01 WS-FS PIC XX.
       01 WS-KEY PIC 9(3).
       01 WS-SKEY PIC 9.
       01 WS-I PIC 99.
       PROCEDURE DIVISION.
           OPEN OUTPUT RL.
           DISPLAY "open output " WS-FS.
           PERFORM VARYING WS-I FROM 2 BY 3 UNTIL WS-I > 14
               MOVE WS-I TO WS-KEY
               MOVE "REC" TO RL-REC
               MOVE WS-I TO RL-REC(5:2)
               WRITE RL-REC
                   INVALID KEY DISPLAY "inv " WS-KEY " " WS-FS
                   NOT INVALID KEY DISPLAY "ok  " WS-KEY " " WS-FS
               END-WRITE
           END-PERFORM.
           MOVE 5 TO WS-KEY.
           WRITE RL-REC INVALID KEY DISPLAY "again " WS-FS.
           MOVE 0 TO WS-KEY.
           WRITE RL-REC INVALID KEY DISPLAY "zero " WS-FS.
           CLOSE RL.
           OPEN INPUT RL.
           DISPLAY "-- sequential".
           PERFORM 6 TIMES
               READ RL NEXT AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY RL-REC " " WS-KEY " " WS-FS
               END-READ
           END-PERFORM.
           READ RL NEXT.
           DISPLAY "after end " WS-FS.
           READ RL PREVIOUS.
           DISPLAY "prev " RL-REC " " WS-KEY " " WS-FS.
           READ RL PREVIOUS.
           DISPLAY "prev " RL-REC " " WS-KEY " " WS-FS.
           READ RL PREVIOUS.
           DISPLAY "prev " RL-REC " " WS-KEY " " WS-FS.
           DISPLAY "-- random".
           MOVE 8 TO WS-KEY.
           READ RL.
           DISPLAY "read 8 " RL-REC " " WS-FS.
           MOVE 9 TO WS-KEY.
           READ RL INVALID KEY DISPLAY "read 9 " WS-FS.
           MOVE 99 TO WS-KEY.
           READ RL INVALID KEY DISPLAY "read 99 " WS-FS.
           DISPLAY "-- start".
           MOVE 6 TO WS-KEY.
           START RL KEY = WS-KEY INVALID KEY DISPLAY "= 6 " WS-FS.
           START RL KEY >= WS-KEY.
           READ RL NEXT.
           DISPLAY ">= 6 " RL-REC " " WS-KEY " " WS-FS.
           MOVE 8 TO WS-KEY.
           START RL KEY > WS-KEY.
           READ RL NEXT.
           DISPLAY "> 8 " RL-REC " " WS-KEY " " WS-FS.
           MOVE 7 TO WS-KEY.
           START RL KEY < WS-KEY.
           READ RL NEXT.
           DISPLAY "< 7 " RL-REC " " WS-KEY " " WS-FS.
           MOVE 50 TO WS-KEY.
           START RL KEY <= WS-KEY.
           READ RL NEXT.
           DISPLAY "<= 50 " RL-REC " " WS-KEY " " WS-FS.
           MOVE 2 TO WS-KEY.
           START RL KEY < WS-KEY INVALID KEY DISPLAY "< 2 " WS-FS.
           START RL FIRST.
           READ RL NEXT.
           DISPLAY "first " RL-REC " " WS-KEY " " WS-FS.
           START RL LAST.
           READ RL NEXT.
           DISPLAY "last " RL-REC " " WS-KEY " " WS-FS.
           CLOSE RL.
           OPEN I-O RL.
           MOVE 11 TO WS-KEY.
           MOVE "NEW-11" TO RL-REC.
           REWRITE RL-REC NOT INVALID KEY DISPLAY "rewrite " WS-FS.
           MOVE 5 TO WS-KEY.
           DELETE RL NOT INVALID KEY DISPLAY "delete " WS-FS.
           MOVE 0 TO WS-KEY.
           DELETE RL INVALID KEY DISPLAY "delete 0 " WS-FS.
           MOVE 3 TO WS-KEY.
           MOVE "NEW-03" TO RL-REC.
           WRITE RL-REC NOT INVALID KEY DISPLAY "write 3 " WS-FS.
           START RL FIRST.
           PERFORM 6 TIMES
               READ RL NEXT AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY RL-REC " " WS-KEY " " WS-FS
               END-READ
           END-PERFORM.
           CLOSE RL.
           DISPLAY "-- sequential access".
           OPEN OUTPUT RS.
           PERFORM VARYING WS-I FROM 1 BY 1 UNTIL WS-I > 11
               MOVE WS-I TO RS-REC
               WRITE RS-REC
               IF WS-FS NOT = "00"
                  DISPLAY "write " WS-I " " WS-FS " " WS-SKEY
               END-IF
           END-PERFORM.
           DISPLAY "key after 11 writes " WS-SKEY.
           CLOSE RS.
           OPEN I-O RS.
           READ RS.
           READ RS.
           MOVE "XX" TO RS-REC.
           REWRITE RS-REC.
           DISPLAY "rewrite " WS-FS.
           READ RS.
           DELETE RS.
           DISPLAY "delete " WS-FS.
           CLOSE RS.
           OPEN INPUT RS.
           PERFORM 12 TIMES
               READ RS AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY RS-REC " " WS-SKEY " " WS-FS
               END-READ
           END-PERFORM.
           CLOSE RS.
           DELETE FILE RL RS.
           STOP RUN.
