resource "aws_ses_identity_policy" "send" {
  identity = "example.com"
  name     = "send"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow" # expect: AWS395
      Principal = { AWS = ["*"] }
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = "arn:aws:ses:eu-west-1:111122223333:identity/example.com"
    }]
  })
}
