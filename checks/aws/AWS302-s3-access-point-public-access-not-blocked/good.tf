resource "aws_s3_access_point" "share" {
  bucket = "corp-data"
  name   = "share"
}
