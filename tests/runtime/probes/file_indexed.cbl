      * INDEXED files: statuses and records as GnuCOBOL 3.1.2 gives
      * them (runtime/indexed.py). Alternate key with duplicates,
      * START =, >, >=, <, <=, FIRST, LAST on both keys and on a
      * leading part of the key, READ NEXT / PREVIOUS / KEY IS,
      * REWRITE and DELETE, INVALID KEY.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILEIDX.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IX ASSIGN TO "PROBEIDX"
               ORGANIZATION IS INDEXED
               ACCESS MODE IS DYNAMIC
               RECORD KEY IS IX-KEY
               ALTERNATE RECORD KEY IS IX-ALT WITH DUPLICATES
               FILE STATUS IS WS-FS.
           SELECT OPTIONAL IY ASSIGN TO "PROBEIDY"
               ORGANIZATION IS INDEXED
               ACCESS MODE IS SEQUENTIAL
               RECORD KEY IS IY-KEY
               FILE STATUS IS WS-FS.
       DATA DIVISION.
       FILE SECTION.
       FD IX.
       01 IX-REC.
          05 IX-KEY.
             10 IX-K1 PIC X(2).
             10 IX-K2 PIC X(2).
          05 IX-ALT PIC X(3).
          05 IX-DATA PIC X(5).
       FD IY.
       01 IY-REC.
          05 IY-KEY PIC X(3).
          05 IY-DATA PIC X(3).
       WORKING-STORAGE SECTION.
       01 WS-FS PIC XX.
       01 WS-I PIC 99.
       01 WS-KEYS PIC X(40) VALUE
           "AA01BB02AA03CC04BB05AA06DD07BB08ZZ09AA10".
       01 WS-ALTS PIC X(30) VALUE
           "RedBluRedGrnBluRedYelBluRedGrn".
       PROCEDURE DIVISION.
           DELETE FILE IX.
           OPEN INPUT IX.
           DISPLAY "open input missing " WS-FS.
           OPEN OUTPUT IX.
           DISPLAY "open output " WS-FS.
           PERFORM VARYING WS-I FROM 1 BY 1 UNTIL WS-I > 10
               MOVE WS-KEYS((WS-I - 1) * 4 + 1:4) TO IX-KEY
               MOVE WS-ALTS((WS-I - 1) * 3 + 1:3) TO IX-ALT
               MOVE "DATA" TO IX-DATA
               MOVE WS-I TO IX-DATA(5:1)
               WRITE IX-REC
                   INVALID KEY DISPLAY "inv " IX-KEY " " WS-FS
                   NOT INVALID KEY DISPLAY "ok  " IX-KEY " " WS-FS
               END-WRITE
           END-PERFORM.
           MOVE "AA03" TO IX-KEY.
           WRITE IX-REC INVALID KEY DISPLAY "dup " WS-FS END-WRITE.
           READ IX NEXT.
           DISPLAY "read on output " WS-FS.
           CLOSE IX.
           OPEN INPUT IX.
           DISPLAY "-- primary order".
           PERFORM 9 TIMES
               READ IX NEXT AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY IX-REC " " WS-FS
               END-READ
           END-PERFORM.
           READ IX NEXT.
           DISPLAY "next " WS-FS " " IX-REC.
           READ IX NEXT.
           DISPLAY "next " WS-FS " " IX-REC.
           READ IX NEXT.
           DISPLAY "after end " WS-FS.
           READ IX PREVIOUS.
           DISPLAY "prev " WS-FS " " IX-REC.
           READ IX PREVIOUS.
           DISPLAY "prev " WS-FS " " IX-REC.
           DISPLAY "-- alternate key".
           MOVE "Blu" TO IX-ALT.
           START IX KEY = IX-ALT INVALID KEY DISPLAY "no Blu".
           PERFORM 5 TIMES
               READ IX NEXT
               DISPLAY IX-REC " " WS-FS
           END-PERFORM.
           MOVE "Red" TO IX-ALT.
           READ IX KEY IS IX-ALT.
           DISPLAY "key Red " IX-REC " " WS-FS.
           READ IX PREVIOUS.
           DISPLAY "prev " IX-REC " " WS-FS.
           MOVE "Pur" TO IX-ALT.
           READ IX KEY IS IX-ALT INVALID KEY DISPLAY "no Pur " WS-FS.
           MOVE "Red" TO IX-ALT.
           START IX KEY <= IX-ALT.
           READ IX NEXT.
           DISPLAY "<= Red " IX-REC " " WS-FS.
           START IX KEY < IX-ALT.
           READ IX NEXT.
           DISPLAY "< Red " IX-REC " " WS-FS.
           START IX KEY > IX-ALT.
           READ IX NEXT.
           DISPLAY "> Red " IX-REC " " WS-FS.
           MOVE "Zzz" TO IX-ALT.
           START IX KEY >= IX-ALT INVALID KEY DISPLAY ">= Zzz " WS-FS.
           READ IX NEXT.
           DISPLAY "after failed start " WS-FS.
           DISPLAY "-- primary key, partial".
           MOVE "BB" TO IX-K1.
           START IX KEY = IX-K1.
           READ IX NEXT.
           DISPLAY "= BB " IX-REC " " WS-FS.
           MOVE "BB" TO IX-K1.
           START IX KEY > IX-K1.
           READ IX NEXT.
           DISPLAY "> BB " IX-REC " " WS-FS.
           MOVE "BB" TO IX-K1.
           START IX KEY <= IX-K1.
           READ IX NEXT.
           DISPLAY "<= BB " IX-REC " " WS-FS.
           START IX LAST.
           READ IX PREVIOUS.
           DISPLAY "last " IX-REC " " WS-FS.
           READ IX PREVIOUS.
           DISPLAY "prev " IX-REC " " WS-FS.
           START IX FIRST.
           READ IX NEXT.
           DISPLAY "first " IX-REC " " WS-FS.
           MOVE "CC04" TO IX-KEY.
           READ IX.
           DISPLAY "random " IX-REC " " WS-FS.
           MOVE "CC05" TO IX-KEY.
           READ IX INVALID KEY DISPLAY "random missing " WS-FS.
           REWRITE IX-REC.
           DISPLAY "rewrite on input " WS-FS.
           CLOSE IX.
           OPEN I-O IX.
           MOVE "BB05" TO IX-KEY.
           READ IX.
           MOVE "Red" TO IX-ALT.
           MOVE "NEW05" TO IX-DATA.
           REWRITE IX-REC NOT INVALID KEY DISPLAY "rewrite " WS-FS.
           MOVE "AA06" TO IX-KEY.
           DELETE IX RECORD NOT INVALID KEY DISPLAY "delete " WS-FS.
           DELETE IX RECORD INVALID KEY DISPLAY "delete again " WS-FS.
           MOVE "AB00" TO IX-KEY.
           REWRITE IX-REC INVALID KEY DISPLAY "rewrite none " WS-FS.
           MOVE "Red" TO IX-ALT.
           START IX KEY = IX-ALT.
           PERFORM 6 TIMES
               READ IX NEXT
               DISPLAY IX-REC " " WS-FS
           END-PERFORM.
           CLOSE IX.
           CLOSE IX.
           DISPLAY "close twice " WS-FS.
           DISPLAY "-- sequential access".
           OPEN INPUT IY.
           DISPLAY "optional missing " WS-FS.
           READ IY.
           DISPLAY "read " WS-FS.
           READ IY.
           DISPLAY "read " WS-FS.
           CLOSE IY.
           OPEN OUTPUT IY.
           MOVE "002ONE" TO IY-REC.
           WRITE IY-REC.
           DISPLAY "write " WS-FS.
           MOVE "001TWO" TO IY-REC.
           WRITE IY-REC.
           DISPLAY "write lower " WS-FS.
           MOVE "002TRE" TO IY-REC.
           WRITE IY-REC.
           DISPLAY "write same " WS-FS.
           MOVE "005FOR" TO IY-REC.
           WRITE IY-REC.
           DISPLAY "write " WS-FS.
           CLOSE IY.
           OPEN I-O IY.
           REWRITE IY-REC.
           DISPLAY "rewrite before read " WS-FS.
           READ IY.
           MOVE "XXX" TO IY-DATA.
           REWRITE IY-REC.
           DISPLAY "rewrite " WS-FS.
           READ IY.
           DELETE IY.
           DISPLAY "delete " WS-FS.
           DELETE IY.
           DISPLAY "delete again " WS-FS.
           WRITE IY-REC.
           DISPLAY "write on i-o " WS-FS.
           CLOSE IY.
           OPEN EXTEND IY.
           MOVE "004AFT" TO IY-REC.
           WRITE IY-REC.
           DISPLAY "extend lower " WS-FS.
           MOVE "009AFT" TO IY-REC.
           WRITE IY-REC.
           DISPLAY "extend " WS-FS.
           CLOSE IY.
           OPEN INPUT IY.
           PERFORM 4 TIMES
               READ IY AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY IY-REC " " WS-FS
               END-READ
           END-PERFORM.
           CLOSE IY.
           DELETE FILE IX IY.
           STOP RUN.
