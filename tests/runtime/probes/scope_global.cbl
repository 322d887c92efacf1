      * GLOBAL records seen by contained programs (the nearest one of a
      * name wins), COMMON programs callable by their siblings, a GLOBAL
      * numeric item changed by a contained program, an INITIAL parent
      * whose GLOBAL item starts again from its VALUE, and EXTERNAL
      * records shared by name (or AS) between outermost programs.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SCOPEMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G-NAME       PIC X(5) GLOBAL VALUE "outer".
       01 G-COUNT      PIC 9(3) GLOBAL VALUE 7.
       01 G-GROUP      GLOBAL.
          05 G-PART-A  PIC X(2) VALUE "ab".
          05 G-PART-B  PIC 99   VALUE 12.
       01 E-TEXT       PIC X(6) EXTERNAL.
       01 MINE         PIC X(6) EXTERNAL AS "SHARED-AS".
       PROCEDURE DIVISION.
           DISPLAY "main " G-NAME " " G-COUNT
           CALL "INNER"
           DISPLAY "main after INNER " G-COUNT " " G-GROUP
           CALL "LEAF"
           DISPLAY "main after LEAF " G-COUNT
           MOVE "hello!" TO E-TEXT
           MOVE "as-one" TO MINE
           CALL "OTHER"
           DISPLAY "main after OTHER " E-TEXT " " MINE
           CALL "RESTART"
           CALL "RESTART"
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. INNER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G-NAME       PIC X(5) GLOBAL VALUE "inner".
       PROCEDURE DIVISION.
           DISPLAY "inner " G-NAME " " G-COUNT " " G-PART-A
           ADD 5 TO G-COUNT
           MOVE "zz" TO G-PART-A
           CALL "DEEP"
           CALL "LEAF"
           GOBACK.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DEEP.
       PROCEDURE DIVISION.
           DISPLAY "deep " G-NAME " " G-COUNT
           GOBACK.
       END PROGRAM DEEP.
       END PROGRAM INNER.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LEAF IS COMMON PROGRAM.
       PROCEDURE DIVISION.
           DISPLAY "leaf " G-NAME " " G-COUNT
           ADD 1 TO G-COUNT
           GOBACK.
       END PROGRAM LEAF.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. RESTART IS INITIAL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 R-COUNT      PIC 9 GLOBAL VALUE 1.
       PROCEDURE DIVISION.
           CALL "BUMP"
           DISPLAY "restart " R-COUNT
           GOBACK.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BUMP.
       PROCEDURE DIVISION.
           ADD 1 TO R-COUNT
           GOBACK.
       END PROGRAM BUMP.
       END PROGRAM RESTART.
       END PROGRAM SCOPEMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. OTHER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 E-TEXT       PIC X(6) EXTERNAL.
       01 SHARED-AS    PIC X(6) EXTERNAL.
       PROCEDURE DIVISION.
           DISPLAY "other " E-TEXT " " SHARED-AS
           MOVE "world!" TO E-TEXT
           GOBACK.
       END PROGRAM OTHER.
