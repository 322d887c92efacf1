      * File SORT / MERGE with USING and GIVING (runtime/sortfiles.py):
      * keys alphanumeric ascending then numeric descending (signed,
      * packed), equal keys in arrival order, records cut or padded
      * with spaces between record sizes, two USING and two GIVING
      * files, a USING file that does not exist, the statuses.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORTUSE.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN1 ASSIGN TO "SIN1.DAT" FILE STATUS IS FS-IN.
           SELECT IN2 ASSIGN TO "SIN2.TXT"
               ORGANIZATION LINE SEQUENTIAL.
           SELECT MISSING-IN ASSIGN TO "NOSUCH.DAT"
               FILE STATUS IS FS-MISS.
           SELECT OUT1 ASSIGN TO "SOUT1.DAT".
           SELECT OUT2 ASSIGN TO "SOUT2.TXT"
               ORGANISATION IS LINE SEQUENTIAL.
           SELECT WORK1 ASSIGN TO "SORTWORK" FILE STATUS IS FS-WRK.
       DATA DIVISION.
       FILE SECTION.
       FD IN1.
       01 IN1-REC          PIC X(12).
       01 IN1-VIEW.
          05 IN1-TAG       PIC X(8).
          05 IN1-CODE      PIC S9(3) COMP-3.
          05 FILLER        PIC X(2).
       FD IN2.
       01 IN2-REC          PIC X(8).
       FD MISSING-IN.
       01 MISS-REC         PIC X(12).
       FD OUT1.
       01 OUT1-REC         PIC X(14).
       FD OUT2.
       01 OUT2-REC         PIC X(6).
       SD WORK1.
       01 WRK-REC.
          05 WRK-NAME      PIC X(3).
          05 WRK-AMOUNT    PIC S9(3) SIGN IS LEADING SEPARATE.
          05 WRK-SEQ       PIC 99.
          05 WRK-REST      PIC X(3).
       01 WRK-PACKED-VIEW.
          05 FILLER        PIC X(8).
          05 WRK-CODE      PIC S9(3) COMP-3.
          05 FILLER        PIC X(2).
       WORKING-STORAGE SECTION.
       01 FS-IN            PIC XX VALUE "??".
       01 FS-MISS          PIC XX VALUE "??".
       01 FS-WRK           PIC XX VALUE "??".
       01 EOF-FLAG         PIC X.
       PROCEDURE DIVISION.
       MAIN-PARA.
           OPEN OUTPUT IN1
           WRITE IN1-REC FROM "BBB+10001ABC"
           WRITE IN1-REC FROM "AAA-05002DEF"
           WRITE IN1-REC FROM "BBB+10003GHI"
           WRITE IN1-REC FROM "AAA+05004JKL"
           WRITE IN1-REC FROM "BBB-09005MNO"
           WRITE IN1-REC FROM "AAA-05006PQR"
           CLOSE IN1
           MOVE "??" TO FS-IN
           OPEN OUTPUT IN2
           WRITE IN2-REC FROM "CCC+0107"
           WRITE IN2-REC FROM "AAA-0508"
           WRITE IN2-REC FROM "AAA+0509"
           WRITE IN2-REC FROM "BB"
           CLOSE IN2
           DISPLAY "1: ascending name, descending amount"
           SORT WORK1 ON ASCENDING KEY WRK-NAME
                      ON DESCENDING KEY WRK-AMOUNT
               WITH DUPLICATES IN ORDER
               USING IN1 IN2 MISSING-IN
               GIVING OUT1 OUT2
           DISPLAY "FS-IN " FS-IN " FS-MISS " FS-MISS
                   " FS-WRK " FS-WRK
           PERFORM SHOW-OUT1
           PERFORM SHOW-OUT2
           DISPLAY "2: descending on a packed key, ascending name"
           OPEN OUTPUT IN1
           MOVE SPACES TO IN1-REC
           MOVE 5 TO IN1-CODE
           MOVE "R1" TO IN1-TAG
           WRITE IN1-REC
           MOVE -7 TO IN1-CODE
           MOVE "R2" TO IN1-TAG
           WRITE IN1-REC
           MOVE 12 TO IN1-CODE
           MOVE "R3" TO IN1-TAG
           WRITE IN1-REC
           MOVE 5 TO IN1-CODE
           MOVE "R4" TO IN1-TAG
           WRITE IN1-REC
           CLOSE IN1
           SORT WORK1 DESCENDING WRK-CODE ASCENDING WRK-NAME
               USING IN1 GIVING OUT2
           PERFORM SHOW-OUT2
           DISPLAY "3: MERGE"
           MERGE WORK1 ON ASCENDING KEY WRK-NAME
               USING IN2 IN1 GIVING OUT2
           PERFORM SHOW-OUT2
           DISPLAY "4: GIVING the USING file"
           SORT WORK1 ON DESCENDING KEY WRK-NAME
               USING IN2 GIVING IN2
           MOVE "IN2" TO OUT2-REC
           OPEN INPUT IN2
           MOVE "N" TO EOF-FLAG
           PERFORM UNTIL EOF-FLAG = "Y"
               READ IN2
                   AT END MOVE "Y" TO EOF-FLAG
                   NOT AT END DISPLAY "[" IN2-REC "]"
               END-READ
           END-PERFORM
           CLOSE IN2
           STOP RUN.
       SHOW-OUT1.
           OPEN INPUT OUT1
           MOVE "N" TO EOF-FLAG
           PERFORM UNTIL EOF-FLAG = "Y"
               READ OUT1
                   AT END MOVE "Y" TO EOF-FLAG
                   NOT AT END DISPLAY "OUT1 [" OUT1-REC (1:9) "]"
               END-READ
           END-PERFORM
           CLOSE OUT1.
       SHOW-OUT2.
           OPEN INPUT OUT2
           MOVE "N" TO EOF-FLAG
           PERFORM UNTIL EOF-FLAG = "Y"
               READ OUT2
                   AT END MOVE "Y" TO EOF-FLAG
                   NOT AT END DISPLAY "OUT2 [" OUT2-REC "]"
               END-READ
           END-PERFORM
           CLOSE OUT2.
