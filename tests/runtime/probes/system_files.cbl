      * libcob's file and directory routines (runtime/sysfiles.py):
      * return codes of CBL_CREATE_DIR, CBL_CHANGE_DIR, CBL_COPY_FILE,
      * CBL_RENAME_FILE, CBL_CHECK_FILE_EXIST, CBL_DELETE_FILE and
      * CBL_DELETE_DIR, and the files they leave.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SYSFILES.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN TO "note.txt"
               ORGANIZATION IS LINE SEQUENTIAL.
           SELECT IN-FILE ASSIGN TO "copy.txt"
               ORGANIZATION IS LINE SEQUENTIAL FILE STATUS IS FS.
       DATA DIVISION.
       FILE SECTION.
       FD OUT-FILE.
       01 OUT-REC PIC X(4).
       FD IN-FILE.
       01 IN-REC PIC X(4).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 DIR-NAME PIC X(10) VALUE "workdir".
       01 INFO.
          05 INFO-SIZE PIC X(8).
          05 INFO-REST PIC X(8).
       PROCEDURE DIVISION.
           CALL "CBL_CREATE_DIR" USING DIR-NAME.
           DISPLAY "create dir " RETURN-CODE.
           CALL "CBL_CREATE_DIR" USING DIR-NAME.
           DISPLAY "create again " RETURN-CODE.
           CALL "CBL_CHANGE_DIR" USING DIR-NAME.
           DISPLAY "change dir " RETURN-CODE.
           OPEN OUTPUT OUT-FILE.
           MOVE "ABCD" TO OUT-REC.
           WRITE OUT-REC.
           CLOSE OUT-FILE.
           CALL "CBL_CHECK_FILE_EXIST" USING "note.txt" INFO.
           DISPLAY "check " RETURN-CODE.
           IF INFO-SIZE = X"0000000000000005"
              DISPLAY "size 5"
           END-IF.
           CALL "CBL_CHECK_FILE_EXIST" USING "none.txt" INFO.
           DISPLAY "check missing " RETURN-CODE.
           CALL "CBL_COPY_FILE" USING "note.txt" "copy.txt".
           DISPLAY "copy " RETURN-CODE.
           CALL "CBL_COPY_FILE" USING "none.txt" "other.txt".
           DISPLAY "copy missing " RETURN-CODE.
           OPEN INPUT IN-FILE.
           READ IN-FILE.
           DISPLAY "read copy " FS " " IN-REC.
           CLOSE IN-FILE.
           CALL "CBL_RENAME_FILE" USING "copy.txt" "moved.txt".
           DISPLAY "rename " RETURN-CODE.
           OPEN INPUT IN-FILE.
           DISPLAY "open renamed " FS.
           CALL "CBL_DELETE_FILE" USING "moved.txt".
           DISPLAY "delete " RETURN-CODE.
           CALL "CBL_DELETE_FILE" USING "moved.txt".
           DISPLAY "delete again " RETURN-CODE.
           CALL "CBL_CHANGE_DIR" USING "..".
           DISPLAY "change up " RETURN-CODE.
           CALL "CBL_DELETE_DIR" USING DIR-NAME.
           DISPLAY "delete full dir " RETURN-CODE.
           CALL "CBL_DELETE_FILE" USING "workdir/note.txt".
           DISPLAY "delete note " RETURN-CODE.
           CALL "CBL_DELETE_DIR" USING DIR-NAME.
           DISPLAY "delete dir " RETURN-CODE.
           CALL "CBL_CHANGE_DIR" USING DIR-NAME.
           DISPLAY "change gone " RETURN-CODE.
           STOP RUN.
