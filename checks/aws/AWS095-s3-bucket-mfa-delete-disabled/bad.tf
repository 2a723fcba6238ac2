resource "aws_s3_bucket" "audit" {
  bucket = "corp-audit-trail"
}

resource "aws_s3_bucket_versioning" "audit" { # expect: AWS095
  bucket = aws_s3_bucket.audit.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = "corp-reports"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled" # expect: AWS095
  }
}

resource "aws_s3_bucket" "legacy" { # expect: AWS095
  bucket = "corp-legacy"
  versioning {
    enabled = true
  }
}
