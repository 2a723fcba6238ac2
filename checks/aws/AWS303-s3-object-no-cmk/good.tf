resource "aws_s3_object" "config" {
  bucket                 = "corp-data"
  key                    = "config.json"
  content                = "{}"
  server_side_encryption = "aws:kms"
  kms_key_id             = aws_kms_key.data.arn
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}
