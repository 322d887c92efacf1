      * SORT with an INPUT PROCEDURE (RELEASE [FROM]) and an OUTPUT
      * PROCEDURE (RETURN [INTO] AT END / NOT AT END), procedures
      * named as sections and as a paragraph range; the SD's FILE
      * STATUS at each step; RELEASE and RETURN outside a SORT (30).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORTPROC.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT WORK1 ASSIGN TO "SORTWORK" FILE STATUS IS FS-WRK.
       DATA DIVISION.
       FILE SECTION.
       SD WORK1.
       01 WRK-REC.
          05 WRK-KEY       PIC S9(3) COMP.
          05 WRK-TEXT      PIC X(5).
       WORKING-STORAGE SECTION.
       01 FS-WRK           PIC XX VALUE "??".
       01 I                PIC 99.
       01 KEYS-TEXT        PIC X(24) VALUE "003-01004-02+07001000-01".
       01 KEYS-TABLE REDEFINES KEYS-TEXT.
          05 KEY-VALUE     PIC S99 SIGN LEADING SEPARATE OCCURS 8.
       01 HOLD.
          05 HOLD-KEY      PIC S9(3) COMP.
          05 HOLD-TEXT     PIC X(5).
       01 SHOWN-KEY        PIC -ZZ9.
       01 EOF-FLAG         PIC X VALUE "N".
       01 COUNTER          PIC 99 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-SECTION SECTION.
       MAIN-PARA.
           RELEASE WRK-REC
           DISPLAY "RELEASE outside SORT: " FS-WRK " " SORT-RETURN
           RETURN WORK1 AT END DISPLAY "RETURN outside: at end"
           END-RETURN
           DISPLAY "RETURN outside SORT: " FS-WRK
           SORT WORK1 ON DESCENDING KEY WRK-KEY
               INPUT PROCEDURE IS FEED-SECTION
               OUTPUT PROCEDURE IS DRAIN-FIRST THRU DRAIN-LAST
           DISPLAY "after SORT: " FS-WRK
           SORT WORK1 ASCENDING WRK-TEXT
               INPUT PROCEDURE FEED-SECTION
               OUTPUT PROCEDURE COUNT-SECTION
           DISPLAY "records returned: " COUNTER
           DISPLAY "SORT-RETURN at the end: " SORT-RETURN
           STOP RUN.
       FEED-SECTION SECTION.
       FEED-PARA.
           DISPLAY "input procedure: " FS-WRK
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 8
               MOVE KEY-VALUE (I) TO HOLD-KEY
               MOVE "REC" TO HOLD-TEXT
               MOVE I TO HOLD-TEXT (4:2)
               RELEASE WRK-REC FROM HOLD
           END-PERFORM
           MOVE -5 TO WRK-KEY
           MOVE "LAST" TO WRK-TEXT
           RELEASE WRK-REC
           DISPLAY "last RELEASE: " FS-WRK.
       DRAIN-SECTION SECTION.
       DRAIN-FIRST.
           DISPLAY "output procedure: " FS-WRK
           MOVE "N" TO EOF-FLAG.
       DRAIN-LOOP.
           RETURN WORK1 INTO HOLD
               AT END MOVE "Y" TO EOF-FLAG
               NOT AT END
                   MOVE HOLD-KEY TO SHOWN-KEY
                   DISPLAY SHOWN-KEY " " HOLD-TEXT " " FS-WRK
           END-RETURN
           IF EOF-FLAG = "N"
               GO TO DRAIN-LOOP
           END-IF.
       DRAIN-LAST.
           DISPLAY "at end: " FS-WRK
           RETURN WORK1 RECORD
               NOT AT END DISPLAY "not at end again?"
               AT END DISPLAY "at end again: " FS-WRK
           END-RETURN.
       COUNT-SECTION SECTION.
       COUNT-PARA.
           RELEASE WRK-REC
           DISPLAY "RELEASE while returning: " FS-WRK
           PERFORM UNTIL COUNTER > 20
               RETURN WORK1 AT END EXIT PERFORM END-RETURN
               ADD 1 TO COUNTER
               IF COUNTER = 1
                   DISPLAY "SORT-RETURN: " SORT-RETURN
                   RELEASE WRK-REC
                   DISPLAY "RELEASE after RETURN: " FS-WRK
                   DISPLAY "SORT-RETURN: " SORT-RETURN
               END-IF
           END-PERFORM.
