      * CALL of ENTRY points, OPTIONAL / OMITTED parameters, C$PARAMSIZE,
      * integer literals and LENGTH OF passed as native ints, RETURNING
      * NOTHING (runtime/call.py, docs/interpreter.md).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CALLENT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-TEXT      PIC X(8) VALUE "ABCDEFGH".
       01 WS-SHORT     PIC X(3) VALUE "XYZ".
       01 WS-RC        PIC S9(9).
       01 WS-RESULT    PIC S9(9) COMP-5.
       PROCEDURE DIVISION.
           CALL "WORKER" USING WS-TEXT
           CALL "SECOND"
           CALL "WORKER" USING WS-SHORT
           CALL "WORKER" USING OMITTED
           CALL "WORKER"
           CALL "LITERALS" USING BY CONTENT 1 BY CONTENT -2
               BY CONTENT LENGTH OF WS-TEXT BY REFERENCE 300
           MOVE 42 TO RETURN-CODE
           CALL "SETRC" RETURNING NOTHING
           MOVE RETURN-CODE TO WS-RC
           DISPLAY "NOTHING " WS-RC
           CALL "SETRC" RETURNING WS-RESULT
           MOVE RETURN-CODE TO WS-RC
           DISPLAY "RETURNING " WS-RESULT " " WS-RC
           MOVE 0 TO RETURN-CODE
           STOP RUN.
       END PROGRAM CALLENT.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. WORKER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 W-CALLS      PIC 9 VALUE 0.
       01 W-SIZE       PIC 9(8) COMP-5.
       LINKAGE SECTION.
       01 L-ITEM       PIC X(8).
       PROCEDURE DIVISION USING OPTIONAL L-ITEM.
           ADD 1 TO W-CALLS
           CALL "C$PARAMSIZE" USING 1 GIVING W-SIZE
           IF L-ITEM IS OMITTED
              DISPLAY "WORKER " W-CALLS " OMITTED " W-SIZE
           ELSE
              DISPLAY "WORKER " W-CALLS " " L-ITEM(1:3) " " W-SIZE
           END-IF
           GOBACK.
      * (an ENTRY with USING, CALLed from the same file, crashes the
      * cobc 3.1.2 program: that case is in tests/runtime/test_modules.py)
       ENTRY "SECOND".
           ADD 1 TO W-CALLS
           DISPLAY "SECOND " W-CALLS
           GOBACK.
       END PROGRAM WORKER.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. LITERALS.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L-A          PIC S9(9) COMP-5.
       01 L-B          PIC S9(9) COMP-5.
       01 L-C          PIC S9(9) COMP-5.
       01 L-D          PIC S9(9) COMP-5.
       PROCEDURE DIVISION USING L-A L-B L-C L-D.
           DISPLAY "LITERALS " L-A " " L-B " " L-C " " L-D
           GOBACK.
       END PROGRAM LITERALS.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. SETRC.
       PROCEDURE DIVISION.
           MOVE 43 TO RETURN-CODE
           GOBACK.
       END PROGRAM SETRC.
