resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
  code_signing_config_arn = aws_lambda_code_signing_config.main.arn
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/fn"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/fn:1.0"
}

resource "aws_lambda_code_signing_config" "main" {
  allowed_publishers {
    signing_profile_version_arns = ["arn:aws:signer:eu-west-1:123456789012:/signing-profiles/main/abc"]
  }
}
