resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
  kms_key_arn = aws_kms_key.fn.arn
  environment {
    variables = {
      STAGE = "prod"
    }
  }
}
resource "aws_lambda_function" "plain" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
}

resource "aws_kms_key" "fn" {
  enable_key_rotation = true
}
