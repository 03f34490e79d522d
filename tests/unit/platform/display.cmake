# display_test: platform::Display (issues 4 and 16)
inkchat_add_gtest(display_test
    LABEL unit
    SOURCES
        display_main.cpp
        display_test.cpp
    LIBRARIES inkchat_platform Qt6::Test)
