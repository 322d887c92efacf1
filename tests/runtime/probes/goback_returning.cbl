      * GOBACK RETURNING n: RETURN-CODE gets n, then the run ends with
      * that status (a main program).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GOBACKRET.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 9 VALUE 7.
       PROCEDURE DIVISION.
           MOVE 3 TO RETURN-CODE
           DISPLAY "before " RETURN-CODE
           GOBACK RETURNING N.
