      * SORT ... [COLLATING] SEQUENCE alphabet: keys compared through
      * the alphabet's codes (EBCDIC: letters before digits, lower
      * case before upper case), for a table SORT and a file SORT.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORTCOLL.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           ALPHABET EBC IS EBCDIC
           ALPHABET NAT IS NATIVE.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT WORK1 ASSIGN TO "SORTWORK".
       DATA DIVISION.
       FILE SECTION.
       SD WORK1.
       01 WRK-REC.
          05 WRK-KEY PIC X.
          05 WRK-NUM PIC 9.
       WORKING-STORAGE SECTION.
       01 START-VALUE PIC X(12) VALUE "d4B2e1a3C5 ]".
       01 G.
          02 TBL OCCURS 12.
             03 X PIC X.
       01 I PIC 99.
       01 EOF-FLAG PIC X.
       PROCEDURE DIVISION.
           MOVE START-VALUE TO G
           SORT TBL ASCENDING KEY X SEQUENCE EBC
           DISPLAY "[" G "]"
           MOVE START-VALUE TO G
           SORT TBL DESCENDING KEY X COLLATING SEQUENCE IS EBC
           DISPLAY "[" G "]"
           MOVE START-VALUE TO G
           SORT TBL ASCENDING KEY X SEQUENCE NAT
           DISPLAY "[" G "]"
           SORT WORK1 ON ASCENDING KEY WRK-KEY
               ON DESCENDING KEY WRK-NUM
               COLLATING SEQUENCE EBC
               INPUT PROCEDURE FEED
               OUTPUT PROCEDURE DRAIN
           STOP RUN.
       FEED.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 12
               MOVE X (I) TO WRK-KEY
               MOVE I TO WRK-NUM
               RELEASE WRK-REC
           END-PERFORM.
       DRAIN.
           MOVE "N" TO EOF-FLAG
           PERFORM UNTIL EOF-FLAG = "Y"
               RETURN WORK1
                   AT END MOVE "Y" TO EOF-FLAG
                   NOT AT END DISPLAY WRK-REC " " WITH NO ADVANCING
               END-RETURN
           END-PERFORM
           DISPLAY "|".
