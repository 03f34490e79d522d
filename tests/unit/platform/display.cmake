# display_test: platform::Display (issue 4)
