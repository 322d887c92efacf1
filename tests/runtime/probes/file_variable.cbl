      * Variable records as GnuCOBOL 3.1.2 writes and reads them
      * (runtime/files.py): RECORD VARYING ... DEPENDING ON, records
      * of several sizes (a 4-byte header before each), status 44,
      * REWRITE of a sequential file.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILEVAR.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT VF ASSIGN TO "PROBEVAR"
               FILE STATUS IS WS-FS.
           SELECT TF ASSIGN TO "PROBETWO"
               FILE STATUS IS WS-FS.
           SELECT LF ASSIGN TO "PROBELIN"
               ORGANIZATION IS LINE SEQUENTIAL
               FILE STATUS IS WS-FS.
           SELECT BF ASSIGN TO "PROBEVAR"
               FILE STATUS IS WS-FS.
       DATA DIVISION.
       FILE SECTION.
       FD VF RECORD IS VARYING IN SIZE FROM 3 TO 8 CHARACTERS
             DEPENDING ON WS-LEN.
       01 VF-REC PIC X(8).
       FD TF.
       01 TF-SHORT PIC X(3).
       01 TF-LONG PIC X(6).
       FD LF RECORD VARYING FROM 2 TO 10 DEPENDING WS-LEN.
       01 LF-REC PIC X(10).
       FD BF.
       01 BF-REC PIC X(24).
       WORKING-STORAGE SECTION.
       01 WS-FS PIC XX.
       01 WS-LEN PIC 99.
       01 WS-I PIC 99.
       PROCEDURE DIVISION.
           OPEN OUTPUT VF.
           PERFORM VARYING WS-LEN FROM 1 BY 3 UNTIL WS-LEN > 10
               MOVE "ABCDEFGH" TO VF-REC
               WRITE VF-REC
               DISPLAY "write " WS-LEN " " WS-FS
           END-PERFORM.
           CLOSE VF.
           OPEN INPUT BF.
           READ BF.
           DISPLAY "bytes " WS-FS " " BF-REC(5:19).
           CLOSE BF.
           OPEN I-O VF.
           MOVE 0 TO WS-LEN.
           PERFORM 3 TIMES
               MOVE ALL "-" TO VF-REC
               READ VF AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY VF-REC " " WS-LEN " " WS-FS
               END-READ
           END-PERFORM.
           MOVE "xyzxyzxy" TO VF-REC.
           REWRITE VF-REC.
           DISPLAY "rewrite " WS-FS.
           MOVE 5 TO WS-LEN.
           REWRITE VF-REC.
           DISPLAY "rewrite again " WS-FS.
           CLOSE VF.
           OPEN INPUT VF.
           PERFORM 3 TIMES
               READ VF AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY VF-REC(1:WS-LEN) " " WS-LEN
               END-READ
           END-PERFORM.
           CLOSE VF.
           OPEN OUTPUT TF.
           MOVE "abc" TO TF-SHORT.
           WRITE TF-SHORT.
           MOVE "defghi" TO TF-LONG.
           WRITE TF-LONG.
           CLOSE TF.
           OPEN INPUT TF.
           MOVE ALL "*" TO TF-LONG.
           READ TF.
           DISPLAY "two " WS-FS " " TF-LONG.
           READ TF.
           DISPLAY "two " WS-FS " " TF-LONG.
           READ TF.
           DISPLAY "two " WS-FS.
           CLOSE TF.
           OPEN OUTPUT LF.
           PERFORM VARYING WS-LEN FROM 1 BY 4 UNTIL WS-LEN > 11
               MOVE "0123456789" TO LF-REC
               WRITE LF-REC
               DISPLAY "line " WS-LEN " " WS-FS
           END-PERFORM.
           CLOSE LF.
           OPEN INPUT LF.
           PERFORM 3 TIMES
               READ LF AT END DISPLAY "end " WS-FS
                  NOT AT END DISPLAY LF-REC " " WS-LEN
               END-READ
           END-PERFORM.
           CLOSE LF.
           DELETE FILE VF TF LF.
           STOP RUN.
