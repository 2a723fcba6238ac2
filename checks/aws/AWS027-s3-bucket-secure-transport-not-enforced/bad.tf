resource "aws_s3_bucket" "no_policy" { # expect: AWS027
  bucket = "corp-no-policy"
}

resource "aws_s3_bucket" "other_policy" { # expect: AWS027
  bucket = "corp-other-policy"
}

resource "aws_s3_bucket_policy" "other_policy" {
  bucket = aws_s3_bucket.other_policy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::corp-other-policy/*"
    }]
  })
}
