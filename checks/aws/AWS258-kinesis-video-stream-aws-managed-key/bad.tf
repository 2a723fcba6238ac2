resource "aws_kinesis_video_stream" "lobby" { # expect: AWS258
  name                    = "lobby"
  data_retention_in_hours = 24
}
