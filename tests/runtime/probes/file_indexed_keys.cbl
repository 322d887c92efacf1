      * INDEXED keys (runtime/indexed.py): a split primary key named
      * by its own name (SOURCE IS a,b), an alternate key SUPPRESS
      * WHEN SPACE (records with a blank key are left out of it),
      * an empty I-O-CONTROL paragraph.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILEKEYS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT KF ASSIGN TO "PROBEKEYS"
               ORGANIZATION IS INDEXED
               ACCESS MODE IS DYNAMIC
               RECORD KEY IS KF-SPLIT SOURCE IS KF-B,KF-A
               ALTERNATE RECORD KEY IS KF-TAG WITH DUPLICATES
                   SUPPRESS WHEN SPACE
               FILE STATUS IS WS-FS.
       I-O-CONTROL.
       DATA DIVISION.
       FILE SECTION.
       FD KF.
       01 KF-REC.
          05 KF-A PIC X(2).
          05 KF-B PIC X(2).
          05 KF-TAG PIC X(3).
       WORKING-STORAGE SECTION.
       01 WS-FS PIC XX.
       01 WS-I PIC 99.
       01 WS-DATA PIC X(35) VALUE
           "A1Z1redB2Z1   C3Y2redD4Y1   E5X9bl ".
       PROCEDURE DIVISION.
           OPEN OUTPUT KF.
           PERFORM VARYING WS-I FROM 1 BY 7 UNTIL WS-I > 29
               MOVE WS-DATA(WS-I:7) TO KF-REC
               WRITE KF-REC
               DISPLAY "write " KF-REC " " WS-FS
           END-PERFORM.
           CLOSE KF.
           OPEN I-O KF.
           DISPLAY "-- split key order".
           PERFORM 6 TIMES
               READ KF NEXT AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY KF-REC " " WS-FS
               END-READ
           END-PERFORM.
           MOVE "Y1" TO KF-B.
           MOVE "D4" TO KF-A.
           READ KF KEY IS KF-SPLIT.
           DISPLAY "key " KF-REC " " WS-FS.
           MOVE "Y9" TO KF-B.
           START KF KEY >= KF-SPLIT.
           READ KF NEXT.
           DISPLAY ">= Y9 " KF-REC " " WS-FS.
           DISPLAY "-- suppressed tag".
           MOVE LOW-VALUES TO KF-TAG.
           START KF KEY > KF-TAG.
           PERFORM 4 TIMES
               READ KF NEXT AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY KF-REC " " WS-FS
               END-READ
           END-PERFORM.
           MOVE "Z1" TO KF-B.
           MOVE "B2" TO KF-A.
           READ KF.
           MOVE "grn" TO KF-TAG.
           REWRITE KF-REC.
           DISPLAY "rewrite " WS-FS.
           MOVE "Z1" TO KF-B.
           MOVE "A1" TO KF-A.
           READ KF.
           MOVE SPACES TO KF-TAG.
           REWRITE KF-REC.
           DISPLAY "rewrite " WS-FS.
           MOVE LOW-VALUES TO KF-TAG.
           START KF KEY > KF-TAG.
           PERFORM 4 TIMES
               READ KF NEXT AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY KF-REC " " WS-FS
               END-READ
           END-PERFORM.
           CLOSE KF.
           DELETE FILE KF.
           STOP RUN.
