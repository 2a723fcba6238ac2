resource "aws_s3_bucket" "data" { # expect: AWS297
  bucket = "corp-data"
}
