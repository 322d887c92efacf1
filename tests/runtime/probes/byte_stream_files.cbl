      * libcob's byte-stream routines (runtime/bytestreams.py):
      * CBL_CREATE_FILE, CBL_OPEN_FILE, CBL_WRITE_FILE, CBL_READ_FILE,
      * CBL_FLUSH_FILE, CBL_CLOSE_FILE with 8-byte COMP-X offsets:
      * return codes, bytes read, the size given back by flag X'80'.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BYTESTREAMS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 FNAME        PIC X(20) VALUE "bytes.dat".
       01 MISSING      PIC X(20) VALUE "nothere.dat".
       01 ACCESS-MODE  PIC X      COMP-X VALUE 3.
       01 FHANDLE      PIC X(4)   COMP-X.
       01 BADHANDLE    PIC X(4)   COMP-5 VALUE 999.
       01 OFFSET       PIC X(8)   COMP-X.
       01 NBYTES       PIC X(4)   COMP-X.
       01 FLAGS        PIC X      COMP-X VALUE 0.
       01 BUFFER       PIC X(12).
       01 DETAILS.
          05 FILE-SIZE PIC X(8) COMP-X.
          05 FILLER    PIC X(8).
       PROCEDURE DIVISION.
           CALL "CBL_OPEN_FILE" USING MISSING 1 0 0 FHANDLE
           DISPLAY "open missing " RETURN-CODE
           CALL "CBL_OPEN_FILE" USING FNAME 9 0 0 FHANDLE
           DISPLAY "open mode 9 " RETURN-CODE
           CALL "CBL_CREATE_FILE" USING FNAME ACCESS-MODE 0 0 FHANDLE
           DISPLAY "create " RETURN-CODE
           MOVE "ABCDEFGHIJKL" TO BUFFER
           MOVE 0 TO OFFSET MOVE 12 TO NBYTES
           CALL "CBL_WRITE_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "write " RETURN-CODE
           MOVE "xyz" TO BUFFER
           MOVE 20 TO OFFSET MOVE 3 TO NBYTES
           CALL "CBL_WRITE_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "write past end " RETURN-CODE
           CALL "CBL_FLUSH_FILE" USING FHANDLE
           DISPLAY "flush " RETURN-CODE
           MOVE ALL "." TO BUFFER
           MOVE 2 TO OFFSET MOVE 5 TO NBYTES
           CALL "CBL_READ_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "read " RETURN-CODE " [" BUFFER "]"
           MOVE ALL "." TO BUFFER
           MOVE 10 TO OFFSET MOVE 12 TO NBYTES
           CALL "CBL_READ_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "read short " RETURN-CODE " [" BUFFER(1:2) "]"
               " " FUNCTION ORD(BUFFER(3:1)) " [" BUFFER(11:2) "]"
           MOVE ALL "." TO BUFFER
           MOVE 40 TO OFFSET MOVE 4 TO NBYTES
           CALL "CBL_READ_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "read past end " RETURN-CODE " [" BUFFER "]"
           MOVE 128 TO FLAGS MOVE 0 TO OFFSET MOVE 0 TO NBYTES
           CALL "CBL_READ_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "size " RETURN-CODE " " OFFSET
           CALL "CBL_CLOSE_FILE" USING FHANDLE
           DISPLAY "close " RETURN-CODE
           CALL "CBL_CLOSE_FILE" USING BADHANDLE
           DISPLAY "close bad " RETURN-CODE
           MOVE 0 TO FLAGS MOVE 0 TO OFFSET MOVE 3 TO NBYTES
           CALL "CBL_READ_FILE" USING BADHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "read bad " RETURN-CODE
           CALL "CBL_OPEN_FILE" USING FNAME 1 0 0 FHANDLE
           DISPLAY "open read " RETURN-CODE
           MOVE 0 TO OFFSET MOVE 3 TO NBYTES
           CALL "CBL_WRITE_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "write read-only " RETURN-CODE
           MOVE ALL "." TO BUFFER
           CALL "CBL_READ_FILE" USING FHANDLE OFFSET NBYTES FLAGS
                BUFFER
           DISPLAY "read again " RETURN-CODE " [" BUFFER "]"
           CALL "CBL_CLOSE_FILE" USING FHANDLE
           DISPLAY "close " RETURN-CODE
           CALL "CBL_CREATE_FILE" USING FNAME 2 0 0 FHANDLE
           DISPLAY "create again " RETURN-CODE
           CALL "CBL_CLOSE_FILE" USING FHANDLE
           CALL "CBL_CHECK_FILE_EXIST" USING FNAME DETAILS
           DISPLAY "truncated " RETURN-CODE " " FILE-SIZE
           STOP RUN.
