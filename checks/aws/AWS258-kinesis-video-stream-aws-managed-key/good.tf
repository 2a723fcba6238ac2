resource "aws_kinesis_video_stream" "lobby" {
  name                    = "lobby"
  data_retention_in_hours = 24
  kms_key_id              = aws_kms_key.video.arn
}

resource "aws_kms_key" "video" {
  enable_key_rotation = true
}
