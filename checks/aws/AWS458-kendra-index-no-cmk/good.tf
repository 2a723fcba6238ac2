resource "aws_kendra_index" "docs" {
  name     = "docs"
  role_arn = "arn:aws:iam::123456789012:role/kendra"
  server_side_encryption_configuration {
    kms_key_id = aws_kms_key.kendra.arn
  }
}
