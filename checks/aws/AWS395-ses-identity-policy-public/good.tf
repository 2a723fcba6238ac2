resource "aws_ses_identity_policy" "send" {
  identity = "example.com"
  name     = "send"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::444455556666:root"] }
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = "arn:aws:ses:eu-west-1:111122223333:identity/example.com"
    }]
  })
}

resource "aws_ses_identity_policy" "from_document" {
  identity = "example.com"
  name     = "doc"
  policy   = data.aws_iam_policy_document.send.json
}
