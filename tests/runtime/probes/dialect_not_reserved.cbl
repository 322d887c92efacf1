      * cobc -fnot-reserved=double,float,new,volatile: those words are
      * names; so are words with underscores (a GnuCOBOL extension).
       IDENTIFICATION   DIVISION.
       PROGRAM-ID.      NOTRESERVED.
       DATA             DIVISION.
       WORKING-STORAGE  SECTION.
       77  dynamic_cast                PIC X VALUE "X".
       77  new                         PIC X VALUE "d".
       77  double                      PIC X VALUE "B".
       77  float                       PIC X VALUE "C".
       77  volatile                    PIC X VALUE "P".
       77  xor_eq                      PIC X VALUE "z".
       01  wchar_t.
           05 a_1                      PIC 9 VALUE 1.
           05 a-2_b                    PIC 9 VALUE 2.
       PROCEDURE        DIVISION.
       main_para.
           DISPLAY dynamic_cast new double float volatile xor_eq
           ADD a_1 TO a-2_b
           DISPLAY wchar_t " " a-2_b OF wchar_t
           PERFORM last_one.
           STOP RUN.
       last_one.
           MOVE "q" TO new
           DISPLAY new.
