      * The lock libcob takes at OPEN (runtime/filelocks.py): shared
      * for INPUT, exclusive for OUTPUT / I-O / EXTEND, released at
      * CLOSE; seen from another process started with CALL "SYSTEM"
      * that tries a shared or an exclusive fcntl lock (exit 1: held).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILELOCKS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT SEQ-FILE ASSIGN TO "locked.dat"
               ORGANIZATION IS SEQUENTIAL FILE STATUS IS FS.
           SELECT LINE-FILE ASSIGN TO "locked.txt"
               ORGANIZATION IS LINE SEQUENTIAL FILE STATUS IS FS.
       DATA DIVISION.
       FILE SECTION.
       FD SEQ-FILE.
       01 SEQ-REC PIC X(4).
       FD LINE-FILE.
       01 LINE-REC PIC X(4).
       WORKING-STORAGE SECTION.
       01 FS       PIC XX.
       01 TRY-SH   PIC X(200).
       01 TRY-EX   PIC X(200).
       01 TRY-LINE PIC X(200).
       PROCEDURE DIVISION.
           STRING "python3 -c ""import fcntl,sys;"
                  "f=open(sys.argv[1],'rb');"
                  "fcntl.lockf(f,fcntl.LOCK_SH|fcntl.LOCK_NB)"""
                  " locked.dat 2>/dev/null" DELIMITED BY SIZE
                  INTO TRY-SH
           STRING "python3 -c ""import fcntl,sys;"
                  "f=open(sys.argv[1],'r+b');"
                  "fcntl.lockf(f,fcntl.LOCK_EX|fcntl.LOCK_NB)"""
                  " locked.dat 2>/dev/null" DELIMITED BY SIZE
                  INTO TRY-EX
           STRING "python3 -c ""import fcntl,sys;"
                  "f=open(sys.argv[1],'r+b');"
                  "fcntl.lockf(f,fcntl.LOCK_EX|fcntl.LOCK_NB)"""
                  " locked.txt 2>/dev/null" DELIMITED BY SIZE
                  INTO TRY-LINE
           OPEN OUTPUT SEQ-FILE
           DISPLAY "open output " FS
           CALL "SYSTEM" USING TRY-SH
           DISPLAY "  shared lock elsewhere: " RETURN-CODE
           WRITE SEQ-REC FROM "abcd"
           CLOSE SEQ-FILE
           CALL "SYSTEM" USING TRY-EX
           DISPLAY "closed, exclusive elsewhere: " RETURN-CODE
           OPEN INPUT SEQ-FILE
           DISPLAY "open input " FS
           CALL "SYSTEM" USING TRY-SH
           DISPLAY "  shared lock elsewhere: " RETURN-CODE
           CALL "SYSTEM" USING TRY-EX
           DISPLAY "  exclusive lock elsewhere: " RETURN-CODE
           OPEN INPUT SEQ-FILE
           DISPLAY "open again " FS
           CLOSE SEQ-FILE
           OPEN I-O SEQ-FILE
           DISPLAY "open i-o " FS
           CALL "SYSTEM" USING TRY-SH
           DISPLAY "  shared lock elsewhere: " RETURN-CODE
           CLOSE SEQ-FILE
           OPEN OUTPUT LINE-FILE
           DISPLAY "line sequential output " FS
           CALL "SYSTEM" USING TRY-LINE
           DISPLAY "  exclusive lock elsewhere: " RETURN-CODE
           CLOSE LINE-FILE
           STOP RUN.
