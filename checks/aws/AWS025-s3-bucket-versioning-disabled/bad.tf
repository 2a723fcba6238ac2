resource "aws_s3_bucket" "unversioned" { # expect: AWS025
  bucket = "corp-unversioned"
}

resource "aws_s3_bucket" "suspended" { # expect: AWS025
  bucket = "corp-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}
